package io.minicrm.adapter.http.event;

import java.time.Instant;
import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One event as live views receive it: payload version {@code v}, its channel as {@code type}, the workspace it
 * happened in, when, and a small summary of what changed (ids and key fields).
 */
@Serdeable
public record EventMessage(int v, String type, String workspace, Instant at, Map<String, Object> data) {

    /** Bumped when a payload changes incompatibly, so that clients can tell. */
    public static final int VERSION = 1;
}

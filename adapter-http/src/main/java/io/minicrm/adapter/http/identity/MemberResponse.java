package io.minicrm.adapter.http.identity;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/** A member of the workspace and their role. */
@Serdeable
public record MemberResponse(String user, String role, Instant since) {}

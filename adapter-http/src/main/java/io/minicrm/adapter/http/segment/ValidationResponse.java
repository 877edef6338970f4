package io.minicrm.adapter.http.segment;

import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/** A rule that passed every check, as a JSON rule object and in canonical text. */
@Serdeable
public record ValidationResponse(boolean valid, Map<String, Object> rule, String text) {
}

package io.minicrm.adapter.http.segment;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A rule that passed every check, as a JSON rule object and in canonical text. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationResponse(boolean valid, Map<String, Object> rule, String text) {}

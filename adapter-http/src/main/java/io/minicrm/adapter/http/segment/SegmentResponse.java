package io.minicrm.adapter.http.segment;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A segment with its rule both as a JSON rule object and in canonical text. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentResponse(
        String id,
        String name,
        String description,
        Map<String, Object> rule,
        String text,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}

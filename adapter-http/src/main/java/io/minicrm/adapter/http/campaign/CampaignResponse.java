package io.minicrm.adapter.http.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A campaign with its templates as written, its tags, where it is in its life, and its live counters. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignResponse(
        String id,
        String name,
        String segmentId,
        String channel,
        @Nullable String subject,
        String message,
        Map<String, String> variables,
        List<String> tags,
        @Nullable Instant scheduledAt,
        String status,
        CountersResponse counters,
        @Nullable String failureReason,
        @Nullable Instant dispatchedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}

package io.minicrm.adapter.http.campaign;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A campaign as a client writes it: {@code channel} is EMAIL or SMS, {@code message} and {@code subject} may use
 * placeholders such as {@code {{first_name}}} and the names in {@code variables}, and an ISO {@code scheduledAt}
 * schedules it.
 */
@Serdeable
public record CampaignRequest(@Nullable String name, @Nullable String segmentId, @Nullable String channel,
                              @Nullable String subject, @Nullable String message, @Nullable Map<String, String> variables,
                              @Nullable String scheduledAt) {
}

package io.minicrm.adapter.http.campaign;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A campaign as a client writes it: {@code channel} is EMAIL or SMS, {@code message} and {@code subject} may use
 * placeholders such as {@code {{first_name}}} and the names in {@code variables}, and an ISO {@code scheduledAt}
 * schedules it.
 */
@Serdeable
@Schema(example = """
        {"name":"Win back","segmentId":"019ab4c2-8c2d-7e5f-a001-3c4d5e6f7081","channel":"EMAIL",
        "subject":"We miss you, {{first_name}}","message":"Hi {{first_name}}, here is {{offer}} off your next order.",
        "variables":{"offer":"15%"},"scheduledAt":"2026-12-01T09:00:00+05:30"}""")
public record CampaignRequest(@Nullable String name, @Nullable String segmentId, @Nullable String channel,
                              @Nullable String subject, @Nullable String message, @Nullable Map<String, String> variables,
                              @Nullable String scheduledAt) {
}

package io.minicrm.adapter.http.campaign;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A campaign as a client writes it: {@code channel} is EMAIL or SMS, {@code message} and {@code subject} may use
 * placeholders such as {@code {{first_name}}} and the names in {@code variables}, and an ISO {@code scheduledAt}
 * schedules it. The original system's clients send {@code {"name", "ruleId", "message", "intent"}}: {@code ruleId} is
 * read as {@code segmentId}, the channel is then EMAIL and the subject the intent, or else the name.
 */
@Serdeable
@Schema(example = """
        {"name":"Win back","segmentId":"019ab4c2-8c2d-7e5f-a001-3c4d5e6f7081","channel":"EMAIL",
        "subject":"We miss you, {{first_name}}","message":"Hi {{first_name}}, here is {{offer}} off your next order.",
        "variables":{"offer":"15%"},"scheduledAt":"2026-12-01T09:00:00+05:30"}""")
public record CampaignRequest(
        @Nullable @Schema(maxLength = Lengths.CAMPAIGN_NAME) String name,

        @Nullable @Schema(description = "the segment whose customers receive the campaign; required, here or as ruleId")
        String segmentId,

        @Nullable
        @Schema(
                description = "another name for segmentId, as the original system's clients send it; "
                        + "given with segmentId, both must name the same segment")
        String ruleId,

        @Nullable @Schema(description = "EMAIL or SMS, in any letter case; EMAIL when absent", defaultValue = "EMAIL")
        String channel,

        @Nullable
        @Schema(
                maxLength = Lengths.EMAIL_SUBJECT,
                description = "an e-mail's subject; when absent, the intent if "
                        + "given, else the name. An SMS has none. It renders to at most " + Lengths.EMAIL_SUBJECT
                        + " characters, "
                        + "each placeholder counted at its longest")
        String subject,

        @Nullable
        @Schema(
                description = "what the campaign is for, as the original system's clients send it; "
                        + "the subject of an e-mail that has no subject of its own, and not kept otherwise")
        String intent,

        @Nullable
        @Schema(
                maxLength = Lengths.EMAIL_MESSAGE,
                description = "renders to at most " + Lengths.EMAIL_MESSAGE + " characters in an e-mail and "
                        + Lengths.SMS_MESSAGE + " in an SMS, each placeholder counted at its longest")
        String message,

        @Nullable
        @Schema(
                maxProperties = Campaign.MAX_VARIABLES,
                description = "values of at most " + Lengths.VARIABLE + " characters each")
        Map<String, String> variables,

        @Nullable @Schema(description = "an ISO-8601 date-time; " + DateLimits.RULE)
        String scheduledAt) {}

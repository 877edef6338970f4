package io.minicrm.adapter.http.web.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The new-campaign form as posted: every field as typed (absent ones empty), the assistant's goal, and which button
 * was pressed ({@code send}, {@code schedule} or {@code draft}).
 */
@Serdeable.Deserializable
public record CampaignForm(
        @Nullable String name,
        @Nullable String segmentId,
        @Nullable String channel,
        @Nullable String subject,
        @Nullable String message,
        @Nullable String variables,
        @Nullable String scheduledAt,
        @Nullable String goal,
        @Nullable String action) {

    public static final CampaignForm EMPTY = new CampaignForm("", "", "EMAIL", "", "", "", "", "", "");

    public CampaignForm {
        name = given(name);
        segmentId = given(segmentId);
        channel = given(channel).isEmpty() ? "EMAIL" : given(channel);
        subject = given(subject);
        message = message == null ? "" : message;
        variables = given(variables);
        scheduledAt = given(scheduledAt);
        goal = given(goal);
        action = given(action);
    }

    public boolean isSms() {
        return channel.equalsIgnoreCase("SMS");
    }

    private static String given(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}

package io.minicrm.adapter.http.web.campaign;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.SegmentId;

/**
 * The new-campaign form read into what the engine takes, or the fields it could not read with why, keyed by the
 * form's field names. Times are typed in UTC, as every page writes them.
 */
record FormReading(Optional<NewCampaign> campaign, Optional<Instant> scheduledAt, Map<String, String> errors) {

    static FormReading of(CampaignForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Channel channel = form.isSms() ? Channel.SMS : Channel.EMAIL;
        if (form.segmentId().isEmpty()) {
            errors.put("segmentId", "choose the segment whose customers receive it");
        }
        Map<String, String> variables = variables(form.variables(), errors);
        Optional<Instant> at = form.action().equals("schedule") ? time(form.scheduledAt(), errors) : Optional.empty();
        Optional<NewCampaign> campaign = errors.containsKey("segmentId")
                ? Optional.empty()
                : Optional.of(new NewCampaign(
                        form.name(),
                        new SegmentId(form.segmentId()),
                        channel,
                        channel.hasSubject() ? Optional.of(form.subject()) : Optional.empty(),
                        form.message(),
                        variables));
        return new FormReading(campaign, at, Map.copyOf(errors));
    }

    /** The form's field that a refusal's path names: the engine says {@code body} for the message, and so on. */
    static String fieldOf(String path) {
        if (path.equals("body")) {
            return "message";
        }
        if (path.equals("segment") || path.equals("segmentId")) {
            return "segmentId";
        }
        if (path.startsWith("variables")) {
            return "variables";
        }
        return path.startsWith("subject") || path.equals("name") || path.equals("scheduledAt") ? path : "form";
    }

    private static Map<String, String> variables(String lines, Map<String, String> errors) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                errors.put("variables", "write one variable a line as name=value, not “" + line.strip() + "”");
                continue;
            }
            variables.put(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
        }
        return variables;
    }

    private static Optional<Instant> time(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put("scheduledAt", "choose the date and time to send it at");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException unreadable) {
            errors.put("scheduledAt", "give a date and time such as 2030-01-31T09:00");
            return Optional.empty();
        }
    }
}

package io.minicrm.adapter.gemini;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.TokenUsage;

/**
 * Reads Gemini's HTTP answers as TOOLCHAIN.md sets out: text of the first candidate when it finished with {@code STOP};
 * any other finish reason or a blocked prompt is a refusal; 429 for a per-minute quota is retried after its
 * {@code retryDelay}, 500, 503 and 504 with backoff; 400, 403, 404 and a per-day quota never.
 */
final class GeminiAnswers {

    private GeminiAnswers() {}

    static Verdict read(int status, String body, Duration backoff) {
        if (status == 200) {
            return new Verdict.Final(answered(body));
        }
        Optional<GeminiWire.Error> error = error(body);
        String said = error.map(e -> Objects.requireNonNullElse(e.status(), "") + ": " + e.message())
                .orElse("no error body");
        ModelReply declined = new ModelReply.Declined("Gemini answered " + status + " (" + said + ")", TokenUsage.NONE);
        return switch (status) {
            case 429 ->
                quotaRetry(error)
                        .<Verdict>map(wait -> new Verdict.Retry(wait, declined))
                        .orElse(new Verdict.Final(declined));
            case 500, 503, 504 -> new Verdict.Retry(backoff, declined);
            default -> new Verdict.Final(declined);
        };
    }

    private static ModelReply answered(String body) {
        GeminiWire.Response response;
        try {
            response = GeminiWire.MAPPER.readValue(body, GeminiWire.Response.class);
        } catch (JsonProcessingException unreadable) {
            return new ModelReply.Declined("Gemini's answer could not be read as its API's JSON", TokenUsage.NONE);
        }
        TokenUsage usage = usage(response.usageMetadata());
        if (response.promptFeedback() != null && response.promptFeedback().blockReason() != null) {
            return new ModelReply.Declined(
                    "Gemini blocked the request (" + response.promptFeedback().blockReason() + ")", usage);
        }
        List<GeminiWire.Candidate> candidates = Objects.requireNonNullElse(response.candidates(), List.of());
        if (candidates.isEmpty()) {
            return new ModelReply.Declined("Gemini gave no answer", usage);
        }
        GeminiWire.Candidate first = candidates.getFirst();
        if (!"STOP".equals(first.finishReason())) {
            return new ModelReply.Declined(
                    "Gemini stopped before a complete answer (" + first.finishReason() + ")", usage);
        }
        List<GeminiWire.Part> parts = first.content() == null || first.content().parts() == null
                ? List.of()
                : first.content().parts();
        String text = parts.stream()
                .filter(part -> !Boolean.TRUE.equals(part.thought()) && part.text() != null)
                .map(GeminiWire.Part::text)
                .collect(Collectors.joining());
        return new ModelReply.Answered(text, usage);
    }

    private static TokenUsage usage(GeminiWire.UsageMetadata metadata) {
        return metadata == null
                ? TokenUsage.NONE
                : new TokenUsage(
                        Math.max(0, metadata.promptTokenCount()),
                        Math.max(0, metadata.candidatesTokenCount()) + Math.max(0, metadata.thoughtsTokenCount()));
    }

    private static Optional<GeminiWire.Error> error(String body) {
        try {
            return Optional.ofNullable(GeminiWire.MAPPER.readValue(body, GeminiWire.ErrorBody.class))
                    .map(GeminiWire.ErrorBody::error);
        } catch (JsonProcessingException notAnErrorBody) {
            return Optional.empty();
        }
    }

    /** The wait a per-minute quota asks for; none for a per-day quota or a 429 that names no delay. */
    private static Optional<Duration> quotaRetry(Optional<GeminiWire.Error> error) {
        List<JsonNode> details = error.map(GeminiWire.Error::details).orElse(List.of());
        if (details == null) {
            return Optional.empty();
        }
        boolean perDay = details.stream()
                .flatMap(
                        detail -> StreamSupport.stream(detail.path("violations").spliterator(), false))
                .map(violation -> violation.path("quotaId").asText(""))
                .anyMatch(quota -> quota.contains("PerDay"));
        if (perDay) {
            return Optional.empty();
        }
        return details.stream()
                .map(detail -> detail.path("retryDelay").asText(""))
                .filter(delay -> delay.matches("\\d+(\\.\\d+)?s"))
                .findFirst()
                .map(delay -> Duration.ofMillis(
                        Math.round(Double.parseDouble(delay.substring(0, delay.length() - 1)) * 1000)));
    }
}

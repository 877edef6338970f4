package io.minicrm.adapter.gemini;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to call Gemini: the API's base address, the key, the model (configuration, since model families are
 * retired often), the time one call may take, how many attempts a retryable failure gets, the first backoff, and the
 * longest {@code retryDelay} a per-minute quota may ask to be waited for.
 */
public record GeminiSettings(
        URI baseUrl,
        String apiKey,
        String model,
        Duration timeout,
        int attempts,
        Duration backoff,
        Duration longestWait) {

    public static final URI GOOGLE = URI.create("https://generativelanguage.googleapis.com/v1beta/");

    public GeminiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(longestWait, "longestWait");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("Gemini needs an API key (GEMINI_API_KEY or CRM_GEMINI_API_KEY)");
        }
        if (!model.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a Gemini model name: '" + model + "' (set CRM_GEMINI_MODEL)");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
    }

    URI generateContent() {
        return baseUrl.resolve("models/" + model + ":generateContent");
    }

    /** The key never appears in logs or messages. */
    @Override
    public String toString() {
        return "GeminiSettings[" + baseUrl + ", model " + model + ", timeout " + timeout + ", attempts " + attempts
                + "]";
    }
}

package io.minicrm.bootstrap;

import java.net.URI;
import java.time.Duration;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.gemini.GeminiLanguageModel;
import io.minicrm.adapter.gemini.GeminiSettings;
import jakarta.inject.Singleton;

/**
 * The Gemini language model, built only when CRM_AI names gemini; the key is CRM_GEMINI_API_KEY or, under the name the
 * original system used, GEMINI_API_KEY. A missing key or model stops the start saying which variable to set.
 */
@Factory
@Requires(condition = GeminiChosen.class)
class GeminiFactory {

    /** Attempts for a per-minute quota or an overloaded model, the first backoff, and the longest quota wait. */
    private static final int ATTEMPTS = 3;

    private static final Duration BACKOFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    @Singleton
    GeminiLanguageModel gemini(
            @Value("${crm.gemini.api-key:}") String key,
            @Value("${crm.gemini.original-api-key:}") String originalKey,
            @Value("${crm.gemini.model:}") String model,
            @Value("${crm.gemini.url}") String url,
            @Value("${crm.gemini.timeout}") Duration timeout) {
        return new GeminiLanguageModel(new GeminiSettings(
                URI.create(url.strip()),
                key.isBlank() ? originalKey.strip() : key.strip(),
                model.strip(),
                timeout,
                ATTEMPTS,
                BACKOFF,
                LONGEST_WAIT));
    }
}

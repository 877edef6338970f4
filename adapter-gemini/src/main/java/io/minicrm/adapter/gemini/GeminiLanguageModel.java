package io.minicrm.adapter.gemini;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import io.minicrm.application.port.out.TokenUsage;
import reactor.core.publisher.Mono;

/**
 * The language model on Gemini's {@code generateContent}: the request's instructions as the system instruction, its
 * input as the user's turn, its schema as {@code responseJsonSchema}. Calls do not block a thread; failures that
 * retrying cannot mend, time-outs included, come back as {@link ModelReply.Declined}.
 */
public final class GeminiLanguageModel implements LanguageModel {

    private static final double TEMPERATURE = 0.1;

    private final GeminiSettings settings;
    private final HttpClient client;

    public GeminiLanguageModel(GeminiSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public String provider() {
        return "gemini/" + settings.model();
    }

    @Override
    public Mono<ModelReply> complete(ModelRequest request) {
        return Mono.fromSupplier(() -> post(request)).flatMap(post -> attempt(post, 1, settings.backoff()));
    }

    private Mono<ModelReply> attempt(HttpRequest post, int attempt, Duration backoff) {
        return Mono.fromFuture(() -> client.sendAsync(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
                .map(response -> GeminiAnswers.read(response.statusCode(), response.body(), backoff))
                .onErrorResume(
                        HttpTimeoutException.class,
                        timeout -> declined("Gemini did not answer within " + settings.timeout()))
                .onErrorResume(
                        IOException.class,
                        unreachable -> declined("Gemini could not be reached ("
                                + unreachable.getClass().getSimpleName() + ")"))
                .flatMap(verdict -> switch (verdict) {
                    case Verdict.Final(ModelReply reply) -> Mono.just(reply);
                    case Verdict.Retry(Duration delay, ModelReply otherwise) ->
                        attempt < settings.attempts() && delay.compareTo(settings.longestWait()) <= 0
                                ? Mono.delay(delay).then(attempt(post, attempt + 1, backoff.multipliedBy(2)))
                                : Mono.just(otherwise);
                });
    }

    private static Mono<Verdict> declined(String reason) {
        return Mono.just(new Verdict.Final(new ModelReply.Declined(reason, TokenUsage.NONE)));
    }

    private HttpRequest post(ModelRequest request) {
        GeminiWire.Request body;
        try {
            body = new GeminiWire.Request(
                    new GeminiWire.Content(null, List.of(new GeminiWire.Part(request.instructions(), null))),
                    List.of(new GeminiWire.Content("user", List.of(new GeminiWire.Part(request.input(), null)))),
                    new GeminiWire.GenerationConfig(
                            TEMPERATURE,
                            request.maxOutputTokens(),
                            "application/json",
                            GeminiWire.MAPPER.readTree(request.responseSchema())));
            return HttpRequest.newBuilder(settings.generateContent())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("x-goog-api-key", settings.apiKey())
                    .POST(HttpRequest.BodyPublishers.ofString(GeminiWire.MAPPER.writeValueAsString(body)))
                    .build();
        } catch (JsonProcessingException notJson) {
            // The schema comes from the application's own constants: one that is not JSON is a bug there.
            throw new UncheckedIOException("the response schema of '" + request.feature() + "' is not JSON", notJson);
        }
    }
}

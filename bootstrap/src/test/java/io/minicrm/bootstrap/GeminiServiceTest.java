package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With CRM_AI=gemini the service's assistant asks the Gemini endpoint configured, and its answer reaches the API. */
class GeminiServiceTest {

    /** Gemini's answer choosing two tags, one of them outside the vocabulary, in its response shape. */
    private static final String TAGS_ANSWER = """
            {"candidates":[{"content":{"parts":[{"text":"{\\"tags\\":[\\"festive\\",\\"black-friday\\"]}"}],\
            "role":"model"},"finishReason":"STOP","index":0}],\
            "usageMetadata":{"promptTokenCount":230,"candidatesTokenCount":14,"totalTokenCount":244},\
            "modelVersion":"gemini-test-model","responseId":"tU5AacWfBa6Rz7IPqZaJsAQ"}""";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpServer gemini = geminiAnswering(TAGS_ANSWER);

    @AfterEach
    void stop() {
        gemini.stop(0);
    }

    @Test
    void tags_proposed_by_gemini_are_accepted_and_filter_the_campaign_history(@TempDir Path data) {
        try (EmbeddedServer service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port", -1,
                                "crm.storage", "memory",
                                "crm.data-dir", data.toString(),
                                "crm.ai", "gemini",
                                "crm.gemini.url",
                                        "http://127.0.0.1:"
                                                + gemini.getAddress().getPort() + "/v1beta/",
                                "crm.gemini.api-key", "test-key",
                                "crm.gemini.model", "gemini-test-model"));
                HttpClient http = HttpClient.create(service.getURL())) {
            String segment = idIn(http.toBlocking()
                    .retrieve(
                            HttpRequest.POST("/api/segment-rules", Map.of("name", "Pune", "rule", "city = \"Pune\""))));
            String campaign = idIn(http.toBlocking()
                    .retrieve(HttpRequest.POST(
                            "/api/campaigns",
                            Map.of("name", "Diwali sale", "segmentId", segment, "message", "20% off!"))));

            String proposed =
                    http.toBlocking().retrieve(HttpRequest.POST("/api/ai/campaigns/" + campaign + "/tags", Map.of()));
            http.toBlocking()
                    .exchange(HttpRequest.PUT(
                            "/api/campaigns/" + campaign + "/tags", Map.of("tags", List.of("festive"))));

            assertThat(proposed)
                    .contains("\"tag\":\"festive\"", "\"source\":\"gemini/gemini-test-model\"")
                    .doesNotContain("black-friday");
            assertThat(received).singleElement().asString().contains("Diwali sale", "\"enum\"");
            assertThat(http.toBlocking().retrieve("/api/campaigns?tag=festive")).contains(campaign);
            assertThat(http.toBlocking().retrieve("/api/ai/usage"))
                    .contains("\"tokensUsed\":244", "\"provider\":\"gemini/gemini-test-model\"");
        }
    }

    private static String idIn(String json) {
        return json.replaceFirst("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpServer geminiAnswering(String answer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(
                    "/v1beta/models/gemini-test-model:generateContent", exchange -> answer(exchange, answer));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("no stub server", e);
        }
    }

    private void answer(HttpExchange exchange, String answer) throws IOException {
        try (exchange) {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

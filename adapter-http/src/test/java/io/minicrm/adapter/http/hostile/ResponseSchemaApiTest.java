package io.minicrm.adapter.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.hostile.OpenApiSchemas.Operation;
import io.minicrm.adapter.http.hostile.RawHttp.Answer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The main routes answer in the shape the OpenAPI document declares: every required property, each of its type. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseSchemaApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final OpenApiSchemas document = OpenApiSchemas.load();
    private RawHttp http;

    @BeforeAll
    void start() {
        http = new RawHttp(server.getURI(), Duration.ofSeconds(10));
    }

    private String declared(String method, String template, Answer answer) throws IOException {
        assertThat(answer.status())
                .as(method + " " + template + ": " + answer.body())
                .isBetween(200, 299);
        Operation operation = document.operations().stream()
                .filter(candidate ->
                        candidate.method().equals(method) && candidate.path().equals(template))
                .findFirst()
                .orElseThrow();
        Object body = json.readValue(answer.body(), Argument.OBJECT_ARGUMENT);
        assertThat(document.mismatches(operation.answerSchema(answer.status()).orElseThrow(), body))
                .as(method + " " + template)
                .isEmpty();
        return body instanceof Map<?, ?> object && object.get("id") instanceof String id ? id : "";
    }

    @Test
    void customers_orders_segments_campaigns_and_their_listings_answer_in_the_documented_shape() throws IOException {
        String customer = declared(
                "POST", "/api/customers", http.json("POST", "/api/customers", "{\"email\":\"shape@example.com\"}"));
        declared("GET", "/api/customers/{id}", http.get("/api/customers/" + customer));
        declared("GET", "/api/customers", http.get("/api/customers?search=nobody-here"));
        declared("GET", "/api/customers", http.get("/api/customers"));
        String order = declared(
                "POST",
                "/api/orders",
                http.json("POST", "/api/orders", "{\"customerId\":\"" + customer + "\",\"amount\":5}"));
        declared("GET", "/api/orders/{id}", http.get("/api/orders/" + order));
        declared("GET", "/api/orders", http.get("/api/orders"));
        declared("GET", "/api/customers/{id}/orders", http.get("/api/customers/" + customer + "/orders"));
        String segment = declared(
                "POST",
                "/api/segment-rules",
                http.json("POST", "/api/segment-rules", "{\"name\":\"Shape\",\"rule\":\"order_count >= 0\"}"));
        declared("GET", "/api/segment-rules/{id}", http.get("/api/segment-rules/" + segment));
        declared("GET", "/api/segment-rules", http.get("/api/segment-rules"));
        declared(
                "POST",
                "/api/segment-rules/validate",
                http.json("POST", "/api/segment-rules/validate", "{\"rule\":\"order_count > 1\"}"));
        declared(
                "POST",
                "/api/segment-rules/preview",
                http.json("POST", "/api/segment-rules/preview", "{\"rule\":\"order_count > 100\"}"));
        declared("GET", "/api/segment-rules/{id}/preview", http.get("/api/segment-rules/" + segment + "/preview"));
        String campaign = declared(
                "POST",
                "/api/campaigns",
                http.json(
                        "POST",
                        "/api/campaigns",
                        "{\"name\":\"Shape\",\"segmentId\":\"" + segment
                                + "\",\"message\":\"Hi {{first_name|there}}\"}"));
        declared("GET", "/api/campaigns/{id}", http.get("/api/campaigns/" + campaign));
        declared("GET", "/api/campaigns", http.get("/api/campaigns"));
        declared("GET", "/api/status/{campaignId}", http.get("/api/status/" + campaign));
        declared("GET", "/api/campaigns/{id}/deliveries", http.get("/api/campaigns/" + campaign + "/deliveries"));
        declared("GET", "/api/campaigns/{id}/dead-letters", http.get("/api/campaigns/" + campaign + "/dead-letters"));
        declared(
                "POST",
                "/api/campaigns/messages",
                http.json(
                        "POST",
                        "/api/campaigns/messages",
                        "{\"goal\":\"come back\",\"segmentId\":\"" + segment + "\",\"channel\":\"SMS\"}"));
        declared("GET", "/api/insights/dashboard", http.get("/api/insights/dashboard"));
    }
}

package io.minicrm.adapter.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.hostile.RawHttp.Answer;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each hostile request once answered with a server error, or was stored as sent, and is now a 400 naming field and limit. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.serde.deserialization.ignore-unknown", value = "false")
@Property(name = "micronaut.server.max-request-size", value = "100MB")
@SuppressWarnings("unchecked")
class HostileInputApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private RawHttp http;
    private String customerId;
    private String segmentId;

    @BeforeAll
    void start() throws IOException {
        http = new RawHttp(server.getURI(), Duration.ofSeconds(30));
        customerId = (String) body(http.json("POST", "/api/customers", "{\"email\":\"hostile@example.com\"}"))
                .get("id");
        segmentId = (String)
                body(http.json("POST", "/api/segment-rules", "{\"name\":\"Everyone\",\"rule\":\"order_count >= 0\"}"))
                        .get("id");
    }

    private Map<String, Object> body(Answer answer) throws IOException {
        return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
    }

    /** The 400's violations as path → message, after checking that it is Problem Details naming no class. */
    private Map<String, String> refusal(Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body())
                .doesNotContain("io.minicrm", "java.", "com.fasterxml", "StreamReadConstraints", "micronaut.");
        List<Map<String, String>> violations =
                (List<Map<String, String>>) body(answer).getOrDefault("violations", List.of());
        return violations.stream()
                .collect(Collectors.toMap(
                        v -> v.get("path"), v -> v.get("message"), (a, b) -> a + "; " + b, LinkedHashMap::new));
    }

    private String detail(Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body())
                .doesNotContain("io.minicrm", "java.", "com.fasterxml", "StreamReadConstraints", "micronaut.");
        return (String) body(answer).get("detail");
    }

    @Test
    void a_null_tag_is_refused_by_its_index() throws IOException {
        assertThat(refusal(http.json(
                        "POST", "/api/customers", "{\"email\":\"nulltag@example.com\",\"tags\":[\"vip\",null]}")))
                .containsExactly(Map.entry("tags[1]", "a tag is text, not null"));
    }

    @Test
    void an_attribute_or_an_amount_or_a_unit_price_of_1e1000000_is_refused_with_the_number_limit() throws IOException {
        assertThat(refusal(http.json(
                        "POST",
                        "/api/customers",
                        "{\"email\":\"huge@example.com\",\"attributes\":{\"score\":1e1000000}}")))
                .containsExactly(Map.entry("attributes.score", NumberLimits.RULE));
        assertThat(refusal(http.json(
                        "POST", "/api/orders", "{\"customerId\":\"" + customerId + "\",\"amount\":1e1000000}")))
                .containsExactly(Map.entry("amount", NumberLimits.RULE));
        assertThat(
                        refusal(
                                http.json(
                                        "POST",
                                        "/api/orders",
                                        "{\"customerId\":\"" + customerId + "\",\"amount\":10,\"currency\":\"INR\","
                                                + "\"items\":[{\"name\":\"Tea\",\"quantity\":1,\"unitPrice\":1e1000000},{\"name\":\"Cake\",\"quantity\":1,\"unitPrice\":1e40}]}")))
                .containsExactly(
                        Map.entry("items[0].unitPrice", NumberLimits.RULE),
                        Map.entry("items[1].unitPrice", NumberLimits.RULE));
        assertThat(
                        refusal(
                                http.json(
                                        "POST",
                                        "/api/segment-rules/validate",
                                        "{\"rule\":{\"field\":\"last_order_at\",\"op\":\"within_last\",\"value\":{\"daysAgo\":1e1000000}}}")))
                .containsExactly(Map.entry("value.daysAgo", "days ago is a whole number, 0 or more"));
    }

    @Test
    void nul_bytes_and_lone_surrogates_are_not_stored_in_an_email_or_a_name() throws IOException {
        assertThat(refusal(http.json("POST", "/api/customers", "{\"email\":\"nul\\u0000@example.com\"}")))
                .containsKey("email");
        assertThat(refusal(http.json("POST", "/api/customers", "{\"email\":\"half\\ud800@example.com\"}")))
                .containsKey("email");
        assertThat(refusal(http.json(
                        "POST", "/api/customers", "{\"email\":\"names@example.com\",\"name\":\"A\\u0000\\ud800\"}")))
                .containsExactly(Map.entry("name", "a name has no control characters other than tabs and line breaks"));
        assertThat(refusal(http.json(
                        "POST", "/api/customers", "{\"email\":\"names@example.com\",\"name\":\"Asha \\udc00\"}")))
                .containsExactly(Map.entry("name", "a name is not valid Unicode: it holds an unpaired surrogate"));
        assertThat(http.get("/api/customers?search=names").body()).contains("\"total\":0");
    }

    @Test
    void an_email_typed_in_two_unicode_forms_is_one_customer() throws IOException {
        Answer composed = http.json("POST", "/api/customers", "{\"email\":\"jos\\u00e9@example.com\"}");
        Answer decomposed = http.json("POST", "/api/customers", "{\"email\":\"jose\\u0301@example.com\"}");

        assertThat(composed.status()).isEqualTo(201);
        assertThat(decomposed.status()).isEqualTo(200);
        assertThat(body(decomposed).get("id")).isEqualTo(body(composed).get("id"));
    }

    @Test
    void dates_beyond_the_kept_years_are_refused_wherever_they_come() throws IOException {
        for (String date : List.of(
                "9999-12-31T00:00:00Z",
                "-999999999-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z",
                "1899-12-31T23:59:59Z")) {
            assertThat(refusal(http.json(
                            "POST",
                            "/api/orders",
                            "{\"customerId\":\"" + customerId + "\",\"amount\":1,\"placedAt\":\"" + date + "\"}")))
                    .as(date)
                    .containsExactly(Map.entry("placedAt", DateLimits.RULE));
            assertThat(refusal(http.json(
                            "POST",
                            "/api/orders",
                            "{\"customerId\":\"" + customerId + "\",\"amount\":1,\"orderDate\":\"" + date + "\"}")))
                    .as(date)
                    .containsExactly(Map.entry("orderDate", DateLimits.RULE));
        }
        assertThat(refusal(http.get("/api/orders?until=%2B999999999-12-31T23:59:59Z")))
                .containsExactly(Map.entry("until", DateLimits.RULE));
        assertThat(refusal(http.json(
                        "POST", "/api/segment-rules/validate", "{\"rule\":\"created_at before 9999-01-01\"}")))
                .containsExactly(Map.entry("", "created_at: " + DateLimits.RULE));
        assertThat(refusal(http.json(
                        "POST",
                        "/api/campaigns",
                        "{\"name\":\"Later\",\"segmentId\":\"" + segmentId
                                + "\",\"message\":\"Hi\",\"scheduledAt\":\"9999-01-01T00:00:00Z\"}")))
                .containsExactly(Map.entry("scheduledAt", DateLimits.RULE));
    }

    @Test
    void an_unreadable_value_is_described_in_the_requests_words_without_a_class_or_a_setting() throws IOException {
        assertThat(refusal(http.json("POST", "/api/orders", "{\"amount\":\"lots\"}")))
                .containsExactly(Map.entry("amount", "expected a number"));
        assertThat(refusal(http.json("POST", "/api/orders", "{\"items\":[{\"quantity\":1e10}]}")))
                .containsExactly(
                        Map.entry("items[0].quantity", "expected a whole number from -2147483648 to 2147483647"));
        assertThat(detail(http.json("POST", "/api/orders", "{\"amount\":" + "9".repeat(1_200) + "}")))
                .startsWith("a number in JSON has at most 1000 characters");
        assertThat(refusal(http.json(
                        "POST",
                        "/api/segment-rules/validate",
                        "{\"rule\":" + "{\"not\":".repeat(1_200) + "1" + "}".repeat(1_201))))
                .containsExactly(Map.entry("rule", "JSON nests at most 1000 levels deep"));
        assertThat(detail(http.json("POST", "/api/orders", "{\"amount\":NaN}")))
                .isEqualTo("the body is not well-formed JSON: Non-standard token 'NaN' (line 1, column 14)");
        assertThat(detail(http.json("POST", "/api/orders", ""))).isEqualTo("the request needs a JSON body");
        assertThat(refusal(http.get("/api/customers?page=abc")))
                .containsExactly(
                        Map.entry("page", "expected a whole number from -2147483648 to 2147483647, not 'abc'"));
    }

    @Test
    void every_enumerated_query_parameter_refuses_an_unknown_value_listing_the_choices() throws IOException {
        assertThat(refusal(http.get("/api/customers?order=sideways")))
                .containsExactly(Map.entry("order", "choose one of asc, desc, not 'sideways'"));
        assertThat(refusal(http.get("/api/customers?sort=sideways"))).containsKey("sort");
        assertThat(refusal(http.get("/api/campaigns?status=sideways"))).containsKey("status");
        assertThat(refusal(http.get("/api/events?channel=sideways"))).containsKey("channel");
        assertThat(refusal(
                        http.send("POST", "/api/upload/customers?wait=maybe", "text/csv", "email\nwait@example.com\n")))
                .containsExactly(Map.entry("wait", "choose one of true, false, not 'maybe'"));
        assertThat(http.get("/api/customers?order=ASC").status()).isEqualTo(200);
        assertThat(http.send("POST", "/api/upload/customers?wait=TRUE", "text/csv", "email\nwait@example.com\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_rule_of_a_hundred_thousand_conditions_is_refused_as_a_whole() throws IOException {
        String condition = "{\"field\":\"order_count\",\"op\":\"gt\",\"value\":1}";
        String conditions = String.join(",", Collections.nCopies(100_000, condition));

        assertThat(refusal(http.json(
                        "POST", "/api/segment-rules", "{\"name\":\"Huge\",\"rule\":{\"any\":[" + conditions + "]}}")))
                .containsExactly(Map.entry("", Rule.SIZE_RULE));
        assertThat(refusal(http.json(
                        "POST", "/api/segment-rules", "{\"logicType\":\"OR\",\"conditions\":[" + conditions + "]}")))
                .containsExactly(Map.entry("conditions", Rule.SIZE_RULE));
        assertThat(refusal(
                        http.json("POST", "/api/segment-rules/preview", "{\"rule\":{\"any\":[" + conditions + "]}}")))
                .containsExactly(Map.entry("", Rule.SIZE_RULE));
    }

    @Test
    void a_segment_named_after_a_long_rule_is_named_with_as_much_of_it_as_a_name_holds() throws IOException {
        String condition = "{\"field\":\"city\",\"op\":\"=\",\"value\":\"" + "Pune".repeat(10) + "\"}";
        Answer defined = http.json(
                "POST",
                "/api/segment-rules",
                "{\"conditions\":[" + String.join(",", Collections.nCopies(10, condition)) + "]}");

        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat((String) body(defined).get("name"))
                .hasSize(200)
                .startsWith("city = \"PunePune")
                .endsWith("…");
    }

    @Test
    void a_hundred_thousand_tags_on_one_customer_are_refused() throws IOException {
        String tags =
                IntStream.range(0, 100_000).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));

        assertThat(refusal(http.json(
                        "POST", "/api/customers", "{\"email\":\"tags@example.com\",\"tags\":[" + tags + "]}")))
                .containsExactly(Map.entry("tags", "a customer has at most 100 tags"));
    }

    @Test
    void a_nine_megabyte_campaign_message_is_refused_at_creation() throws IOException {
        String message = "x".repeat(9 * 1024 * 1024);

        assertThat(refusal(http.json(
                        "POST",
                        "/api/campaigns",
                        "{\"name\":\"Huge\",\"segmentId\":\"" + segmentId + "\",\"channel\":\"SMS\"," + "\"message\":\""
                                + message + "\"}")))
                .containsExactly(Map.entry("message", "an SMS message has at most 1600 characters"));
        assertThat(refusal(http.json(
                        "POST",
                        "/api/campaigns",
                        "{\"name\":\"Huge\",\"segmentId\":\"" + segmentId + "\",\"subject\":\"Hi\"," + "\"message\":\""
                                + message + "\"}")))
                .containsExactly(Map.entry("message", "an e-mail's message has at most 100000 characters"));
    }

    @Test
    void an_empty_page_keeps_its_items() {
        for (String listing : List.of(
                "/api/customers?search=nobody-at-all",
                "/api/orders?customerId=nobody",
                "/api/segment-rules?page=99",
                "/api/campaigns?status=failed")) {
            Answer answer = http.get(listing);

            assertThat(answer.status()).as(listing).isEqualTo(200);
            assertThat(answer.body()).as(listing).startsWith("{\"items\":[],");
        }
    }
}

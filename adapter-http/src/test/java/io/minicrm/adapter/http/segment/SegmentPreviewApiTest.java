package io.minicrm.adapter.http.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.customer.CustomerResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class SegmentPreviewApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private void customer(String email, String city, String... tags) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/customers", Map.of("email", email, "city", city, "tags", List.of(tags))));
    }

    private PreviewResponse preview(String uri, Object rule) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, Map.of("rule", rule)), PreviewResponse.class);
    }

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, PreviewResponse.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void previewing_a_rule_counts_the_audience_samples_it_and_explains_every_node() {
        customer("nagpur-1@example.com", "Nagpur", "nagpur-vip");
        customer("nagpur-2@example.com", "Nagpur", "nagpur-vip");
        customer("nagpur-3@example.com", "Nagpur");
        customer("nashik-1@example.com", "Nashik", "nagpur-vip");

        PreviewResponse preview =
                preview("/api/segment-rules/preview?sample=1", "city = \"Nagpur\" and tags has any (\"nagpur-vip\")");

        assertThat(preview.size()).isEqualTo(2);
        assertThat(preview.sample())
                .extracting(CustomerResponse::email)
                .singleElement()
                .isIn("nagpur-1@example.com", "nagpur-2@example.com");
        assertThat(preview.text()).isEqualTo("city = \"Nagpur\" and tags has any (\"nagpur-vip\")");
        assertThat(preview.rule())
                .isEqualTo(Map.of(
                        "all",
                        List.of(
                                Map.of("field", "city", "op", "eq", "value", "Nagpur"),
                                Map.of("field", "tags", "op", "has_any", "value", List.of("nagpur-vip")))));
        assertThat(preview.explanation())
                .isEqualTo(new PreviewResponse.Explanation(
                        "",
                        preview.text(),
                        2,
                        List.of(3L, 2L),
                        List.of(
                                new PreviewResponse.Explanation("all[0]", "city = \"Nagpur\"", 3, List.of(), List.of()),
                                new PreviewResponse.Explanation(
                                        "all[1]", "tags has any (\"nagpur-vip\")", 3, List.of(), List.of()))));
    }

    @Test
    void previewing_a_json_rule_samples_ten_customers_unless_told() {
        for (int i = 0; i < 11; i++) {
            customer("surat-" + i + "@example.com", "Surat");
        }

        PreviewResponse preview =
                preview("/api/segment-rules/preview", Map.of("field", "city", "op", "eq", "value", "Surat"));

        assertThat(preview.size()).isEqualTo(11);
        assertThat(preview.sample()).hasSize(10);
    }

    @Test
    void previewing_a_saved_segment_uses_its_rule() {
        customer("kochi-1@example.com", "Kochi");
        String id = http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/segment-rules", Map.of("name", "Kochi", "rule", "city = \"Kochi\"")),
                        SegmentResponse.class)
                .id();

        PreviewResponse preview =
                http.toBlocking().retrieve("/api/segment-rules/" + id + "/preview", PreviewResponse.class);

        assertThat(preview.size()).isEqualTo(1);
        assertThat(preview.sample()).extracting(CustomerResponse::email).containsExactly("kochi-1@example.com");
    }

    @Test
    void previewing_an_unknown_segment_is_not_found_and_a_negative_sample_is_a_problem() {
        assertThat(problemOf(HttpRequest.GET("/api/segment-rules/nothing/preview"))
                        .status())
                .isEqualTo(404);
        assertThat(problemOf(HttpRequest.POST("/api/segment-rules/preview?sample=-1", Map.of("rule", "city is set")))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("sample", "a sample holds 0 or more customers, not -1"));
    }

    @Test
    void an_empty_audience_is_an_empty_sample_and_leaves_have_no_children() {
        String preview = http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/segment-rules/preview", Map.of("rule", "city = \"Atlantis\"")),
                        String.class);

        assertThat(preview).isEqualTo("""
                {"rule":{"field":"city","op":"eq","value":"Atlantis"},"text":"city = \\"Atlantis\\"","size":0,"sample":[],\
                "explanation":{"path":"","text":"city = \\"Atlantis\\"","matches":0,"survivors":[],"children":[]},\
                "skippedBy":{"EMAIL":0,"SMS":0}}""");
    }

    @Test
    void a_valid_rule_comes_back_as_json_and_canonical_text() {
        ValidationResponse valid = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/segment-rules/validate",
                                Map.of("rule", "last_order_at   within the last 30 days")),
                        ValidationResponse.class);

        assertThat(valid)
                .isEqualTo(new ValidationResponse(
                        true,
                        Map.of("field", "last_order_at", "op", "within_last", "value", Map.of("daysAgo", 30)),
                        "last_order_at within the last 30 days"));
    }

    @Test
    void an_invalid_json_rule_is_refused_with_every_problem_and_its_path() {
        Map<String, Object> rule = Map.of(
                "any",
                List.of(
                        Map.of("field", "city", "op", "gt", "value", "Pune"),
                        Map.of("field", "order_count", "op", "eq", "value", "three")));

        ProblemDetails problem = problemOf(HttpRequest.POST("/api/segment-rules/validate", Map.of("rule", rule)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("any[0]", "any[1]");
    }

    @Test
    void rule_text_that_does_not_parse_is_refused_with_its_line_and_column() {
        ProblemDetails problem =
                problemOf(HttpRequest.POST("/api/segment-rules/validate", Map.of("rule", "city = \"Pune\" and")));

        assertThat(problem.violations())
                .containsExactly(new ProblemDetails.Violation(
                        "rule", "line 1, column 18: expected a condition but found end of input"));
    }
}

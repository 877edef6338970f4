package io.minicrm.adapter.http.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class SegmentApiTest {

    private static final Map<String, Object> BIG_SPENDERS_JSON = Map.of(
            "all",
            List.of(
                    Map.of("field", "total_spend", "op", "gt", "value", 5000),
                    Map.of("not", Map.of("field", "tags", "op", "has_any", "value", List.of("churned")))));
    private static final String BIG_SPENDERS_TEXT = "total_spend > 5000 and not tags has any (\"churned\")";

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<SegmentResponse> define(String name, Object rule) {
        return http.toBlocking()
                .exchange(HttpRequest.POST("/api/segment-rules", body(name, rule)), SegmentResponse.class);
    }

    private static Map<String, Object> body(String name, Object rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "kept for the test");
        body.put("rule", rule);
        return body;
    }

    private ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, SegmentResponse.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    @Test
    void defining_with_rule_text_answers_201_with_the_rule_as_json_and_as_canonical_text() {
        HttpResponse<SegmentResponse> defined =
                define("Big spenders", "total_spend>5000 and not tags has any(\"churned\")");

        assertThat(defined.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(defined.body().name()).isEqualTo("Big spenders");
        assertThat(defined.body().description()).isEqualTo("kept for the test");
        assertThat(defined.body().text()).isEqualTo(BIG_SPENDERS_TEXT);
        assertThat(defined.body().rule())
                .isEqualTo(Map.of(
                        "all",
                        List.of(
                                Map.of("field", "total_spend", "op", "gt", "value", 5000),
                                Map.of("not", Map.of("field", "tags", "op", "has_any", "value", List.of("churned"))))));
    }

    @Test
    void defining_with_a_json_rule_keeps_the_same_rule_as_its_text_would() {
        SegmentResponse defined =
                define("Big spenders as JSON", BIG_SPENDERS_JSON).body();

        assertThat(defined.text()).isEqualTo(BIG_SPENDERS_TEXT);
        assertThat(http.toBlocking().retrieve("/api/segment-rules/" + defined.id(), SegmentResponse.class))
                .isEqualTo(defined);
    }

    @Test
    void a_malformed_json_rule_is_a_problem_naming_the_node() {
        Map<String, Object> rule = Map.of(
                "any",
                List.of(
                        Map.of("field", "city", "op", "eq", "value", "Pune"),
                        Map.of("all", List.of(Map.of("field", "total_spend", "op", "gt")))));

        ProblemDetails problem = problemOf(HttpRequest.POST("/api/segment-rules", body("Broken", rule)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new ProblemDetails.Violation("any[1].all[0].value", "'gt' needs a value"));
    }

    @Test
    void an_ill_typed_rule_is_a_problem_naming_the_node() {
        Map<String, Object> rule = Map.of(
                "all",
                List.of(
                        Map.of("field", "city", "op", "eq", "value", "Pune"),
                        Map.of("field", "shoe_size", "op", "gt", "value", 40)));

        assertThat(problemOf(HttpRequest.POST("/api/segment-rules", body("Ill-typed", rule)))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("all[1]", "unknown field 'shoe_size'"));
    }

    @Test
    void a_rule_that_is_neither_text_nor_an_object_and_a_missing_name_are_problems() {
        assertThat(problemOf(HttpRequest.POST("/api/segment-rules", body("Numeric", 42)))
                        .violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("rule");
        assertThat(problemOf(HttpRequest.POST("/api/segment-rules", body(" ", "city is set")))
                        .violations())
                .containsExactly(new ProblemDetails.Violation("name", "a segment needs a name"));
    }

    @Test
    void redefining_replaces_name_and_rule() {
        SegmentResponse defined = define("Pune", "city = \"Pune\"").body();

        SegmentResponse redefined = http.toBlocking()
                .retrieve(
                        HttpRequest.PUT(
                                "/api/segment-rules/" + defined.id(),
                                body(
                                        "Pune or Delhi",
                                        Map.of("field", "city", "op", "in", "value", List.of("Pune", "Delhi")))),
                        SegmentResponse.class);

        assertThat(redefined.id()).isEqualTo(defined.id());
        assertThat(redefined.name()).isEqualTo("Pune or Delhi");
        assertThat(redefined.text()).isEqualTo("city in (\"Pune\", \"Delhi\")");
        assertThat(redefined.createdAt()).isEqualTo(defined.createdAt());
    }

    @Test
    void a_deleted_segment_is_gone() {
        SegmentResponse defined = define("Short-lived", "city is set").body();

        HttpResponse<?> deleted = http.toBlocking().exchange(HttpRequest.DELETE("/api/segment-rules/" + defined.id()));

        assertThat(deleted.code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(problemOf(HttpRequest.GET("/api/segment-rules/" + defined.id()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_unknown_segment_is_not_found_whatever_is_asked_of_it() {
        assertThat(problemOf(HttpRequest.GET("/api/segment-rules/nothing")).detail())
                .isEqualTo("segment 'nothing' was not found");
        assertThat(problemOf(HttpRequest.PUT("/api/segment-rules/nothing", body("Any", "city is set")))
                        .status())
                .isEqualTo(404);
        assertThat(problemOf(HttpRequest.DELETE("/api/segment-rules/nothing")).status())
                .isEqualTo(404);
    }

    @Test
    void lists_newest_first_page_by_page_with_the_total() {
        long before = listed(1).total();
        define("Listed first", "order_count >= 1");
        define("Listed second", "order_count >= 2");

        PageResponse<SegmentResponse> page = listed(2);

        assertThat(page.total()).isEqualTo(before + 2);
        assertThat(page.items())
                .extracting(SegmentResponse::name)
                .containsExactlyInAnyOrder("Listed first", "Listed second");
    }

    @Test
    void an_impossible_page_is_a_problem() {
        assertThat(problemOf(HttpRequest.GET("/api/segment-rules?page=-1")).violations())
                .extracting(ProblemDetails.Violation::path)
                .containsExactly("page");
    }

    private PageResponse<SegmentResponse> listed(int size) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/segment-rules?size=" + size),
                        Argument.of(PageResponse.class, SegmentResponse.class));
    }
}

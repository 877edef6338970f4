package io.minicrm.adapter.http.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Segment rules written the way the original system's clients write them: a logicType over a list of conditions. */
@MicronautTest
class OriginalSegmentRuleApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<SegmentResponse> define(Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/segment-rules", body), SegmentResponse.class);
    }

    private ProblemDetails problemOf(Map<String, Object> body) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/segment-rules", body), String.class));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }

    private static Map<String, Object> condition(String field, String op, Object value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    @Test
    void an_and_of_conditions_with_symbols_and_numbers_as_text_is_a_segment_named_after_its_rule() {
        HttpResponse<SegmentResponse> defined = define(Map.of(
                "logicType",
                "AND",
                "conditions",
                List.of(
                        condition("spend", ">", "10000"),
                        condition("visits", "<=", "3"),
                        condition("city", "=", "Pune"))));

        SegmentResponse segment = defined.body();
        assertThat(defined.code()).isEqualTo(201);
        assertThat(segment.text()).isEqualTo("total_spend > 10000 and order_count <= 3 and city = \"Pune\"");
        assertThat(segment.name()).isEqualTo(segment.text());
        assertThat(segment.rule())
                .isEqualTo(Map.of(
                        "all",
                        List.of(
                                Map.of("field", "total_spend", "op", "gt", "value", 10000),
                                Map.of("field", "order_count", "op", "le", "value", 3),
                                Map.of("field", "city", "op", "eq", "value", "Pune"))));
    }

    @Test
    void an_or_keeps_the_name_given_and_every_operator_symbol_is_read() {
        SegmentResponse segment = define(Map.of(
                        "name",
                        "Anything goes",
                        "logicType",
                        "or",
                        "conditions",
                        List.of(
                                condition("spend", ">=", 1),
                                condition("spend", "<", 2),
                                condition("visits", "!=", "0"),
                                condition("visits", "==", 4),
                                condition("city", "ne", "Delhi"))))
                .body();

        assertThat(segment.name()).isEqualTo("Anything goes");
        assertThat(segment.text())
                .isEqualTo(
                        "total_spend >= 1 or total_spend < 2 or order_count != 0 or order_count = 4 or city != \"Delhi\"");
    }

    @Test
    void conditions_without_a_logicType_must_all_hold() {
        SegmentResponse segment = define(
                        Map.of("conditions", List.of(condition("visits", ">", "1"), condition("spend", ">", "5"))))
                .body();

        assertThat(segment.text()).isEqualTo("order_count > 1 and total_spend > 5");
    }

    @Test
    void a_segment_defined_from_conditions_can_be_redefined_from_conditions() {
        SegmentResponse defined = define(Map.of("conditions", List.of(condition("city", "=", "Agra"))))
                .body();

        SegmentResponse redefined = http.toBlocking()
                .retrieve(
                        HttpRequest.PUT(
                                "/api/segment-rules/" + defined.id(),
                                Map.of(
                                        "name",
                                        "Agra or Goa",
                                        "logicType",
                                        "OR",
                                        "conditions",
                                        List.of(condition("city", "=", "Agra"), condition("city", "=", "Goa")))),
                        SegmentResponse.class);

        assertThat(redefined.text()).isEqualTo("city = \"Agra\" or city = \"Goa\"");
    }

    @Test
    void malformed_conditions_and_an_unknown_logicType_are_refused_together_by_their_place_in_the_request() {
        ProblemDetails problem = problemOf(Map.of(
                "logicType",
                "XOR",
                "conditions",
                List.of(condition("spend", "~", "1"), Map.of("field", "city", "op", "="))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("logicType", "conditions[0].op", "conditions[1].value");
    }

    @Test
    void an_ill_typed_condition_is_refused_by_its_place_in_the_list() {
        ProblemDetails problem = problemOf(Map.of(
                "logicType",
                "AND",
                "conditions",
                List.of(condition("city", "=", "Pune"), condition("shoe_size", ">", "40"))));

        assertThat(problem.violations()).containsExactly(new Violation("conditions[1]", "unknown field 'shoe_size'"));
    }

    @Test
    void no_conditions_are_refused_rather_than_taken_as_everyone() {
        assertThat(problemOf(Map.of("logicType", "AND", "conditions", List.of()))
                        .violations())
                .containsExactly(
                        new Violation("conditions", "give at least one condition {\"field\", \"op\", \"value\"}"));
        assertThat(problemOf(Map.of("logicType", "AND")).violations())
                .extracting(Violation::path)
                .containsExactly("conditions");
    }

    @Test
    void a_rule_given_both_ways_is_refused() {
        ProblemDetails problem = problemOf(
                Map.of("name", "Twice", "rule", "city is set", "conditions", List.of(condition("city", "=", "Pune"))));

        assertThat(problem.violations())
                .containsExactly(new Violation("rule", "give the rule once: as rule, or as logicType and conditions"));
    }
}

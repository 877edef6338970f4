package io.minicrm.adapter.http.segment;

import static io.minicrm.domain.segment.Operator.*;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.not;
import static io.minicrm.domain.segment.Rule.when;
import static io.minicrm.domain.segment.Value.number;
import static io.minicrm.domain.segment.Value.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.serde.ObjectMapper;
import io.minicrm.application.CrmException;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleGenerators;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleJsonTest {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private static final Rule EXAMPLE = all(
            when("total_spend", GT, number(5000)),
            any(when("order_count", LT, number(3)), when("last_order_at", BEFORE, new Value.DaysAgo(90))),
            not(when("tags", HAS_ANY, new Value.Many(List.of(text("churned"))))));

    static Stream<Rule> rules() {
        return Stream.of(
                EXAMPLE,
                all(),
                any(),
                any(when("city", EQ, text("Pune"))),
                when("total_spend", BETWEEN, new Value.Range(number("99.5"), number("150.25"))),
                when("attr.score", LE, number("-2.5")),
                when("attr.vip", EQ, new Value.Flag(true)),
                when("created_at", AFTER, new Value.Day(LocalDate.of(2026, 1, 31))),
                when("last_order_at", BETWEEN, new Value.Range(new Value.DaysAgo(30), new Value.DaysAgo(0))),
                when("last_order_at", WITHIN_LAST, new Value.DaysAgo(1)),
                when("city", IN, new Value.Many(List.of(text("Pune"), text("say \"hi\"\n"), text("smile 😀")))),
                when("name", STARTS_WITH, text("")),
                not(when("phone", IS_SET, Value.NONE)),
                not(not(any(
                        all(
                                when("email", CONTAINS, text("@example")),
                                when("tags", HAS_ALL, new Value.Many(List.of(text("vip"), text("new"))))),
                        when("order_count", GE, number(0))))));
    }

    @Test
    void every_generated_rule_reads_back_from_its_json_form() {
        qt().withFixedSeed(20261124L)
                .withExamples(1_000)
                .forAll(RuleGenerators.rules())
                .checkAssert(
                        rule -> assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule));
    }

    @Test
    void writes_the_documented_form() throws IOException {
        assertThat(JSON.writeValueAsString(RuleJson.write(EXAMPLE))).isEqualTo("""
                {"all":[{"field":"total_spend","op":"gt","value":5000},\
                {"any":[{"field":"order_count","op":"lt","value":3},{"field":"last_order_at","op":"before","value":{"daysAgo":90}}]},\
                {"not":{"field":"tags","op":"has_any","value":["churned"]}}]}""");
    }

    @Test
    void reads_every_value_form_of_the_documented_shapes() throws IOException {
        Rule read = RuleJson.read(JSON.readValue("""
                {"any":[{"field":"a","op":"between","value":{"from":1.5,"to":{"date":"2026-01-31"}}},
                        {"field":"b","op":"in","value":["x",true,{"daysAgo":30}]},{"field":"c","op":"is_set"}]}""", Object.class));

        assertThat(read)
                .isEqualTo(any(
                        when("a", BETWEEN, new Value.Range(number("1.5"), new Value.Day(LocalDate.of(2026, 1, 31)))),
                        when("b", IN, new Value.Many(List.of(text("x"), new Value.Flag(true), new Value.DaysAgo(30)))),
                        when("c", IS_SET, Value.NONE)));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void reading_what_was_written_as_json_text_gives_the_same_rule(Rule rule) throws IOException {
        String written = JSON.writeValueAsString(RuleJson.write(rule));

        assertThat(RuleJson.read(JSON.readValue(written, Object.class))).isEqualTo(rule);
    }

    @Test
    void a_malformed_value_is_refused_at_its_path() {
        Map<String, Object> json = Map.of(
                "any",
                List.of(
                        Map.of("field", "city", "op", "eq", "value", "Pune"),
                        Map.of(
                                "all",
                                List.of(Map.of("field", "total_spend", "op", "gt", "value", Map.of("amount", 5))))));

        assertThat(violationsOf(json))
                .containsExactly(new Problem.Violation(
                        "any[1].all[0].value",
                        "a value is a number, text, true/false, {\"date\":\"2026-01-31\"}, {\"daysAgo\":30}, a list of values "
                                + "or {\"from\":…,\"to\":…}"));
    }

    @Test
    void every_malformed_node_is_named_at_once() throws IOException {
        Object json = JSON.readValue("""
                {"all":[{"field":"city","op":"equals","value":"Pune"},{"op":"gt","value":1,"colour":"red"},
                        {"not":[]},{"any":{}},{"all":[],"any":[]},{"field":"phone","op":"is_set","value":true},
                        {"field":"city","op":"eq"},{"field":"x","op":"in","value":[1,null]},
                        {"field":"x","op":"after","value":{"date":"31/01/2026"}},
                        {"field":"x","op":"before","value":{"daysAgo":1.5}},
                        {"field":"x","op":"between","value":{"from":1,"to":1e400}}]}""", Object.class);

        assertThat(violationsOf(json))
                .extracting(Problem.Violation::path)
                .containsExactly(
                        "all[0].op",
                        "all[1].colour",
                        "all[1].field",
                        "all[2].not",
                        "all[3].any",
                        "all[4]",
                        "all[5].value",
                        "all[6].value",
                        "all[7].value[1]",
                        "all[8].value.date",
                        "all[9].value.daysAgo",
                        "all[10].value.to");
    }

    @Test
    void explains_what_a_malformed_node_should_be() {
        assertThat(violationsOf(Map.of("field", "city", "op", "equals", "value", "Pune")))
                .containsExactly(
                        new Problem.Violation(
                                "op",
                                "a condition's op is one of eq, ne, lt, le, gt, ge, between, in, "
                                        + "contains, starts_with, is_set, before, after, within_last, more_than_ago, has_any, has_all"));
        assertThat(violationsOf(Map.of("field", "city", "op", "eq")))
                .containsExactly(new Problem.Violation("value", "'eq' needs a value"));
        assertThat(violationsOf(Map.of("all", List.of(), "field", "city")))
                .containsExactly(new Problem.Violation("", "'all' stands alone in its object"));
        assertThat(violationsOf("city = \"Pune\""))
                .containsExactly(
                        new Problem.Violation(
                                "",
                                "a rule is an object: {\"all\":[…]}, {\"any\":[…]}, {\"not\":{…}} or {\"field\",\"op\",\"value\"}"));
    }

    @Test
    void stops_reading_below_the_nesting_limit() {
        Object json = Map.of("field", "city", "op", "is_set");
        for (int depth = 1; depth <= Rule.MAX_DEPTH; depth++) {
            json = Map.of("not", json);
        }

        assertThat(violationsOf(json))
                .containsExactly(new Problem.Violation(
                        String.join(".", Collections.nCopies(Rule.MAX_DEPTH, "not")),
                        "rules may nest at most " + Rule.MAX_DEPTH + " levels deep"));
    }

    private static List<Problem.Violation> violationsOf(Object json) {
        CrmException refused = catchThrowableOfType(CrmException.class, () -> RuleJson.read(json));
        assertThat(refused.problem()).isInstanceOf(Problem.Invalid.class);
        return ((Problem.Invalid) refused.problem()).violations();
    }
}

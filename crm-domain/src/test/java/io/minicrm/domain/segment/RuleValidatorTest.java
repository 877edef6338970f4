package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.not;
import static io.minicrm.domain.segment.Rule.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    private final RuleValidator validator = new RuleValidator(
            FieldCatalogue.standard().withAttribute("plan", FieldType.TEXT).withAttribute("score", FieldType.NUMBER));

    private List<Violation> violations(Rule rule) {
        return ((Problem.Invalid) validator.validate(rule).getLeft()).violations();
    }

    @Test
    void accepts_a_well_typed_nested_rule() {
        Rule rule = all(
                when("total_spend", GT, Value.number(5000)),
                any(when("order_count", LT, Value.number(3)), when("last_order_at", BEFORE, new DaysAgo(90))),
                not(when("tags", HAS_ANY, new Many(List.of(Value.text("churned"))))),
                when("attr.plan", IN, new Many(List.of(Value.text("gold")))));

        assertThat(validator.validate(rule).get()).isEqualTo(rule);
    }

    @Test
    void names_every_offending_node_by_its_path() {
        Rule rule = any(
                when("city", EQ, Value.text("Pune")),
                all(
                        when("spend", GT, Value.number(1)),
                        when("city", EQ, Value.text("Delhi")),
                        when("city", GT, Value.text("A"))),
                not(when("order_count", EQ, Value.text("three"))));

        assertThat(violations(rule))
                .extracting(Violation::path)
                .containsExactly("any[1].all[0]", "any[1].all[2]", "any[2].not");
        assertThat(violations(rule).get(0).message()).isEqualTo("unknown field 'spend'");
        assertThat(violations(rule).get(1).message())
                .startsWith("'gt' does not apply to city (text); use one of eq, ne, in");
        assertThat(violations(rule).get(2).message())
                .isEqualTo("order_count is compared with a number, not the text \"three\"");
    }

    @Test
    void a_root_condition_has_the_empty_path() {
        assertThat(violations(when("nickname", IS_SET, Value.NONE)))
                .containsExactly(new Violation("", "unknown field 'nickname'"));
    }

    @Test
    void refuses_an_undeclared_custom_attribute() {
        assertThat(violations(when("attr.tier", EQ, Value.text("gold"))))
                .containsExactly(new Violation("", "unknown field 'attr.tier'"));
    }

    @Test
    void refuses_empty_lists() {
        assertThat(violations(all(when("city", IN, new Many(List.of())), when("tags", HAS_ALL, new Many(List.of())))))
                .extracting(Violation::message)
                .containsExactly(
                        "city in needs a non-empty list of values", "tags has_all needs a non-empty list of values");
    }

    @Test
    void refuses_a_list_item_of_the_wrong_type() {
        assertThat(violations(when("attr.score", IN, new Many(List.of(Value.number(1), Value.text("two"))))))
                .extracting(Violation::message)
                .containsExactly("attr.score in: item 2 is the text \"two\", expected a number");
    }

    @Test
    void refuses_a_range_whose_ends_are_reversed() {
        assertThat(violations(all(
                        when("total_spend", BETWEEN, new Range(Value.number(20), Value.number("10.5"))),
                        when(
                                "created_at",
                                BETWEEN,
                                new Range(new Day(LocalDate.of(2026, 2, 1)), new Day(LocalDate.of(2026, 1, 1)))),
                        when("last_order_at", BETWEEN, new Range(new DaysAgo(7), new DaysAgo(30))))))
                .extracting(Violation::path)
                .containsExactly("all[0]", "all[1]", "all[2]");
    }

    @Test
    void accepts_a_range_with_equal_ends() {
        assertThat(validator
                        .validate(when("order_count", BETWEEN, new Range(Value.number(2), Value.number("2.00"))))
                        .isRight())
                .isTrue();
    }

    @Test
    void refuses_dates_the_text_syntax_cannot_write() {
        assertThat(violations(when("created_at", BEFORE, new Day(LocalDate.of(10_000, 1, 1)))))
                .extracting(Violation::message)
                .containsExactly("created_at: a date lies in the years 1900 to 2999");
    }

    @Test
    void is_set_takes_no_value_and_days_take_days() {
        assertThat(violations(all(
                        when("phone", IS_SET, Value.text("x")),
                        when("last_order_at", WITHIN_LAST, Value.number(30)),
                        when("last_order_at", MORE_THAN_AGO, new DaysAgo(ConditionTyping.MAX_DAYS_AGO + 1)),
                        when("name", CONTAINS, Value.text("")))))
                .extracting(Violation::message)
                .containsExactly(
                        "phone is set takes no value",
                        "last_order_at needs a number of days, not the number 30",
                        "last_order_at: 36501 days is more than 36500",
                        "name contains needs non-empty text");
    }

    @Test
    void refuses_nesting_deeper_than_the_limit_once() {
        Rule deep = when("city", IS_SET, Value.NONE);
        for (int depth = 1; depth <= Rule.MAX_DEPTH; depth++) {
            deep = not(deep);
        }

        assertThat(violations(deep))
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.message()).isEqualTo("rules may nest at most 32 levels deep"));
        assertThat(validator.validate(((Rule.Not) deep).rule()).isRight()).isTrue();
    }
}

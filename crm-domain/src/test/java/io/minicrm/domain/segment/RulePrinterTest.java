package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.not;
import static io.minicrm.domain.segment.Rule.when;
import static io.minicrm.domain.segment.Value.number;
import static io.minicrm.domain.segment.Value.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulePrinterTest {

    private static final Rule A = when("a", EQ, number(1));
    private static final Rule B = when("b", EQ, number(2));
    private static final Rule C = when("c", EQ, number(3));

    /** The example of the rule syntax, as the printer writes it. */
    static final String EXAMPLE_TEXT = "total_spend > 5000 and (order_count < 3 or last_order_at before 90 days ago)"
            + " and not tags has any (\"churned\")";

    static final Rule EXAMPLE = all(
            when("total_spend", GT, number(5000)),
            any(when("order_count", LT, number(3)), when("last_order_at", BEFORE, new DaysAgo(90))),
            not(when("tags", HAS_ANY, new Many(List.of(text("churned"))))));

    @Test
    void prints_the_example_rule_as_it_is_written() {
        assertThat(RulePrinter.print(EXAMPLE)).isEqualTo(EXAMPLE_TEXT);
    }

    @Test
    void prints_nested_and_inside_or_with_parentheses() {
        assertThat(RulePrinter.print(any(all(A, B), C))).isEqualTo("(a = 1 and b = 2) or c = 3");
    }

    @Test
    void prints_a_nested_group_of_the_same_kind_with_parentheses() {
        assertThat(RulePrinter.print(all(A, all(B, C)))).isEqualTo("a = 1 and (b = 2 and c = 3)");
        assertThat(RulePrinter.print(any(any(A, B), C))).isEqualTo("(a = 1 or b = 2) or c = 3");
    }

    @Test
    void prints_groups_of_no_or_one_rule_by_name() {
        assertThat(RulePrinter.print(all())).isEqualTo("all()");
        assertThat(RulePrinter.print(any())).isEqualTo("any()");
        assertThat(RulePrinter.print(all(A))).isEqualTo("all(a = 1)");
        assertThat(RulePrinter.print(any(all(A, B)))).isEqualTo("any(a = 1 and b = 2)");
        assertThat(RulePrinter.print(all(any(), all(A)))).isEqualTo("any() and all(a = 1)");
    }

    @Test
    void prints_not_with_parentheses_around_and_or() {
        assertThat(RulePrinter.print(not(A))).isEqualTo("not a = 1");
        assertThat(RulePrinter.print(not(any(A, B)))).isEqualTo("not (a = 1 or b = 2)");
        assertThat(RulePrinter.print(not(not(all(A))))).isEqualTo("not not all(a = 1)");
        assertThat(RulePrinter.print(all(not(A), B))).isEqualTo("not a = 1 and b = 2");
    }

    @Test
    void prints_not_is_set_as_is_not_set() {
        assertThat(RulePrinter.print(not(when("phone", IS_SET, Value.NONE)))).isEqualTo("phone is not set");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorForms")
    void prints_every_operator_form(String text, Rule rule) {
        assertThat(RulePrinter.print(rule)).isEqualTo(text);
    }

    /** Each operator in its canonical text, which the parser's tests read back. */
    static Stream<Arguments> operatorForms() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        return Stream.of(
                arguments("order_count = 3", when("order_count", EQ, number(3))),
                arguments("order_count != 3", when("order_count", NE, number(3))),
                arguments("order_count < 3", when("order_count", LT, number(3))),
                arguments("order_count <= 3", when("order_count", LE, number(3))),
                arguments("total_spend > 5000", when("total_spend", GT, number(5000))),
                arguments("order_count >= 3", when("order_count", GE, number(3))),
                arguments(
                        "total_spend between 10 and 20.5",
                        when("total_spend", BETWEEN, new Range(number(10), number("20.5")))),
                arguments(
                        "city in (\"Pune\", \"Delhi\")",
                        when("city", IN, new Many(List.of(text("Pune"), text("Delhi"))))),
                arguments(
                        "attr.score in (1, -2.5)",
                        when("attr.score", IN, new Many(List.of(number(1), number("-2.5"))))),
                arguments("name contains \"an\"", when("name", CONTAINS, text("an"))),
                arguments("email starts with \"a\"", when("email", STARTS_WITH, text("a"))),
                arguments("phone is set", when("phone", IS_SET, Value.NONE)),
                arguments("created_at before 2026-01-01", when("created_at", BEFORE, new Day(newYear))),
                arguments("created_at after 2026-01-01", when("created_at", AFTER, new Day(newYear))),
                arguments("created_at = 0 days ago", when("created_at", EQ, new DaysAgo(0))),
                arguments(
                        "created_at between 2026-01-01 and 1 day ago",
                        when("created_at", BETWEEN, new Range(new Day(newYear), new DaysAgo(1)))),
                arguments("last_order_at before 90 days ago", when("last_order_at", BEFORE, new DaysAgo(90))),
                arguments("last_order_at within the last 30 days", when("last_order_at", WITHIN_LAST, new DaysAgo(30))),
                arguments("last_order_at within the last 1 day", when("last_order_at", WITHIN_LAST, new DaysAgo(1))),
                arguments("last_order_at more than 90 days ago", when("last_order_at", MORE_THAN_AGO, new DaysAgo(90))),
                arguments(
                        "tags has any (\"vip\", \"new\")",
                        when("tags", HAS_ANY, new Many(List.of(text("vip"), text("new"))))),
                arguments("tags has all (\"vip\")", when("tags", HAS_ALL, new Many(List.of(text("vip"))))),
                arguments("attr.vip = true", when("attr.vip", EQ, new Flag(true))),
                arguments("attr.vip != false", when("attr.vip", NE, new Flag(false))));
    }

    @Test
    void prints_one_day_in_the_singular() {
        assertThat(RulePrinter.print(when("last_order_at", AFTER, new DaysAgo(1))))
                .isEqualTo("last_order_at after 1 day ago");
    }

    @Test
    void prints_numbers_in_plain_notation_without_trailing_zeros() {
        assertThat(RulePrinter.print(when("total_spend", GE, number("1E+3")))).isEqualTo("total_spend >= 1000");
        assertThat(RulePrinter.print(when("total_spend", GE, number("100.00")))).isEqualTo("total_spend >= 100");
        assertThat(RulePrinter.print(when("attr.score", LT, number("-0.50")))).isEqualTo("attr.score < -0.5");
        assertThat(RulePrinter.print(when("attr.score", LT, number("1E-7")))).isEqualTo("attr.score < 0.0000001");
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        assertThat(RulePrinter.print(when("name", EQ, text("say \"hi\" C:\\ a\nb\rc\td\u0007e\u0000f\u0085"))))
                .isEqualTo("name = \"say \\\"hi\\\" C:\\\\ a\\nb\\rc\\td\\u0007e\\u0000f\\u0085\"");
    }

    @Test
    void keeps_other_characters_as_they_are() {
        assertThat(RulePrinter.print(when("city", EQ, text("Zürich पुणे 😀")))).isEqualTo("city = \"Zürich पुणे 😀\"");
    }

    @Test
    void escapes_a_lone_surrogate_which_no_encoding_keeps() {
        assertThat(RulePrinter.print(when("name", EQ, text("a\uD83Db")))).isEqualTo("name = \"a\\ud83db\"");
    }
}

package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;
import static io.minicrm.domain.segment.Rule.all;
import static io.minicrm.domain.segment.Rule.any;
import static io.minicrm.domain.segment.Rule.not;
import static io.minicrm.domain.segment.Rule.when;
import static io.minicrm.domain.segment.Value.number;
import static io.minicrm.domain.segment.Value.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.stream.Stream;

import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleParserTest {

    private static final Rule A = when("a", EQ, number(1));
    private static final Rule B = when("b", EQ, number(2));
    private static final Rule C = when("c", EQ, number(3));

    @Test
    void parses_the_example_rule_into_its_tree() {
        assertThat(RuleParser.parse(RulePrinterTest.EXAMPLE_TEXT)).isEqualTo(Either.right(RulePrinterTest.EXAMPLE));
    }

    @Test
    void and_binds_tighter_than_or() {
        assertThat(RuleParser.parse("a = 1 or b = 2 and c = 3")).isEqualTo(Either.right(any(A, all(B, C))));
        assertThat(RuleParser.parse("a = 1 and b = 2 or c = 3")).isEqualTo(Either.right(any(all(A, B), C)));
    }

    @Test
    void a_chain_of_and_or_of_or_becomes_one_node() {
        assertThat(RuleParser.parse("a = 1 and b = 2 and c = 3")).isEqualTo(Either.right(all(A, B, C)));
        assertThat(RuleParser.parse("a = 1 or b = 2 or c = 3")).isEqualTo(Either.right(any(A, B, C)));
    }

    @Test
    void parentheses_keep_a_group_apart_from_its_parent() {
        assertThat(RuleParser.parse("(a = 1 and b = 2) and c = 3")).isEqualTo(Either.right(all(all(A, B), C)));
        assertThat(RuleParser.parse("a = 1 or (b = 2 or c = 3)")).isEqualTo(Either.right(any(A, any(B, C))));
        assertThat(RuleParser.parse("((a = 1))")).isEqualTo(Either.right(A));
    }

    @Test
    void not_negates_only_the_condition_or_group_after_it() {
        assertThat(RuleParser.parse("not a = 1 and b = 2")).isEqualTo(Either.right(all(not(A), B)));
        assertThat(RuleParser.parse("not (a = 1 or b = 2)")).isEqualTo(Either.right(not(any(A, B))));
        assertThat(RuleParser.parse("not not a = 1")).isEqualTo(Either.right(not(not(A))));
    }

    @Test
    void keywords_ignore_case() {
        assertThat(RuleParser.parse("NOT a = 1 AND b Between 1 AnD 2 Or c IS Not SET or d = TRUE"))
                .isEqualTo(Either.right(any(
                        all(not(A), when("b", BETWEEN, new Range(number(1), number(2)))),
                        not(when("c", IS_SET, Value.NONE)),
                        when("d", EQ, new Flag(true)))));
    }

    @Test
    void field_names_keep_their_case() {
        assertThat(message("Total_Spend > 5"))
                .isEqualTo(
                        "line 1, column 1: expected a field such as total_spend or attr.plan but found 'Total_Spend'");
        assertThat(RuleParser.parse("attr.Plan_2 = \"gold\""))
                .isEqualTo(Either.right(when("attr.Plan_2", EQ, text("gold"))));
    }

    @Test
    void is_not_set_is_short_for_not_is_set() {
        assertThat(RuleParser.parse("phone is not set")).isEqualTo(RuleParser.parse("not phone is set"));
        assertThat(RuleParser.parse("phone is not set"))
                .isEqualTo(Either.right(not(when("phone", IS_SET, Value.NONE))));
    }

    @Test
    void all_and_any_take_any_number_of_rules() {
        assertThat(RuleParser.parse("all()")).isEqualTo(Either.right(all()));
        assertThat(RuleParser.parse("any( )")).isEqualTo(Either.right(any()));
        assertThat(RuleParser.parse("all(a = 1)")).isEqualTo(Either.right(all(A)));
        assertThat(RuleParser.parse("any(a = 1, b = 2 and c = 3)")).isEqualTo(Either.right(any(A, all(B, C))));
        assertThat(RuleParser.parse("all(a = 1) and any()")).isEqualTo(Either.right(all(all(A), any())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.minicrm.domain.segment.RulePrinterTest#operatorForms")
    void reads_every_operator_form(String text, Rule expected) {
        assertThat(RuleParser.parse(text)).isEqualTo(Either.right(expected));
    }

    @Test
    void reads_string_escapes_and_any_other_character_as_written() {
        assertThat(RuleParser.parse("name = \"q\\\" b\\\\ n\\n r\\r t\\t u\\u00e9\\u00E9 raw\ttab Zoë 😀\""))
                .isEqualTo(Either.right(when("name", EQ, text("q\" b\\ n\n r\r t\t uéé raw\ttab Zoë 😀"))));
    }

    @Test
    void reads_negative_and_decimal_numbers_by_value() {
        assertThat(RuleParser.parse("attr.score = -5")).isEqualTo(Either.right(when("attr.score", EQ, number(-5))));
        assertThat(RuleParser.parse("attr.score = -0.25"))
                .isEqualTo(Either.right(when("attr.score", EQ, number("-0.25"))));
        assertThat(RuleParser.parse("total_spend = 100.00"))
                .isEqualTo(Either.right(when("total_spend", EQ, number(100))));
        assertThat(RuleParser.parse("total_spend = 007")).isEqualTo(Either.right(when("total_spend", EQ, number(7))));
    }

    @Test
    void reads_any_amount_of_white_space_and_line_breaks() {
        assertThat(RuleParser.parse("\n  a=1\tAND\r\n(b =2or c= 3)  \n")).isEqualTo(Either.right(all(A, any(B, C))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void says_what_it_expected_and_where(String text, String message) {
        assertThat(message(text)).isEqualTo(message);
    }

    static Stream<Arguments> says_what_it_expected_and_where() {
        return Stream.of(
                arguments("", "line 1, column 1: expected a condition but found end of input"),
                arguments("total_spend > )", "line 1, column 15: expected a value but found ')'"),
                arguments("total_spend >", "line 1, column 14: expected a value but found end of input"),
                arguments(
                        "total_spend foo 5",
                        "line 1, column 13: expected an operator (=, !=, <, <=, >, >=, between,"
                                + " in, contains, starts with, is set, before, after, within the last, more than, has any, has all)"
                                + " but found 'foo'"),
                arguments("(total_spend > 5", "line 1, column 17: expected ')' but found end of input"),
                arguments("total_spend > 5 and", "line 1, column 20: expected a condition but found end of input"),
                arguments(
                        "total_spend > 5 order_count < 3",
                        "line 1, column 17: expected 'and', 'or' or end of input but found 'order_count'"),
                arguments("and = 5", "line 1, column 1: expected a condition but found 'and'"),
                arguments("all = 5", "line 1, column 5: expected '(' but found '='"),
                arguments(
                        "total_spend > 5000\nand (order_count < 3\n     or last_order_at before 90 dayz ago)",
                        "line 3, column 33: expected 'days' but found 'dayz'"),
                arguments(
                        "city = \"Pune",
                        "line 1, column 13: expected '\"' to close the string opened at line 1, column 8"
                                + " but found end of input"),
                arguments(
                        "city = \"Pu\\qne\"",
                        "line 1, column 11: expected an escape (\\\", \\\\, \\n, \\r, \\t or \\uXXXX)"
                                + " but found '\\q'"),
                arguments(
                        "city = \"\\u00g9\"",
                        "line 1, column 9: expected an escape (\\\", \\\\, \\n, \\r, \\t or \\uXXXX)"
                                + " but found '\\u00g9'"),
                arguments("city > > \"unclosed", "line 1, column 8: expected a value but found '>'"),
                arguments("name = \"😀\" x", "line 1, column 12: expected 'and', 'or' or end of input but found 'x'"),
                arguments(
                        "last_order_at within the last 2147483648 days",
                        "line 1, column 31: expected a whole number of days from 0 to 2147483647 but found '2147483648'"),
                arguments(
                        "last_order_at before -5 days ago",
                        "line 1, column 22: expected a whole number of days from 0 to 2147483647 but found '-5'"),
                arguments(
                        "last_order_at more than 2026-01-01",
                        "line 1, column 25: expected a whole number of days from 0 to 2147483647 but found '2026-01-01'"),
                arguments("created_at = 5 days", "line 1, column 20: expected 'ago' but found end of input"),
                arguments(
                        "created_at before 2026-02-30",
                        "line 1, column 19: expected a date that exists but found '2026-02-30'"),
                arguments(
                        "created_at before \"2026-01-01\"",
                        "line 1, column 19: expected a date (YYYY-MM-DD or N days ago) but found '\"2026-01-01\"'"),
                arguments("city in ()", "line 1, column 10: expected a value but found ')'"),
                arguments("city in \"Pune\"", "line 1, column 9: expected '(' but found '\"Pune\"'"),
                arguments("name contains an", "line 1, column 15: expected a string in double quotes but found 'an'"),
                arguments("email starts \"a\"", "line 1, column 14: expected 'with' but found '\"a\"'"),
                arguments("phone is unset", "line 1, column 10: expected 'set' but found 'unset'"),
                arguments("tags has some (\"vip\")", "line 1, column 10: expected 'any' or 'all' but found 'some'"),
                arguments("any(a = 1,)", "line 1, column 11: expected a condition but found ')'"),
                arguments("a = 1 & b = 2", "line 1, column 7: expected 'and', 'or' or end of input but found '&'"));
    }

    @Test
    void accepts_rules_nested_as_deep_as_the_limit() {
        int limit = Rule.MAX_DEPTH;
        assertThat(RuleParser.parse("not ".repeat(limit - 1) + "a = 1")).isInstanceOf(Either.Right.class);
        assertThat(RuleParser.parse("b = 2 and " + "not ".repeat(limit - 2) + "a = 1"))
                .isInstanceOf(Either.Right.class);
        assertThat(RuleParser.parse("(".repeat(limit - 1) + "a = 1" + ")".repeat(limit - 1)))
                .isInstanceOf(Either.Right.class);
    }

    @Test
    void refuses_rules_nested_deeper_than_the_limit() {
        int limit = Rule.MAX_DEPTH;
        String tooDeep = "expected at most 32 levels of nesting but found 33";
        assertThat(message("not ".repeat(limit) + "a = 1")).isEqualTo("line 1, column 125: " + tooDeep);
        assertThat(message("all(".repeat(limit) + "a = 1" + ")".repeat(limit)))
                .isEqualTo("line 1, column 125: " + tooDeep);
        assertThat(message("b = 2 and " + "not ".repeat(limit - 1) + "a = 1"))
                .isEqualTo("line 1, column 1: " + tooDeep);
    }

    @Test
    void bounds_parentheses_that_create_no_rule() {
        assertThat(message("(".repeat(Rule.MAX_DEPTH) + "a = 1" + ")".repeat(Rule.MAX_DEPTH)))
                .isEqualTo("line 1, column 32: expected at most 32 levels of nesting but found 33");
    }

    @Test
    void refuses_very_deep_nesting_without_overflowing_the_stack() {
        int levels = RuleParser.MAX_LENGTH / 4;
        assertThat(message("(".repeat(levels * 4))).startsWith("line 1, column 32: expected at most 32 levels");
        assertThat(message("not ".repeat(levels))).startsWith("line 1, column 125: expected at most 32 levels");
        assertThat(message("any(".repeat(levels))).startsWith("line 1, column 125: expected at most 32 levels");
    }

    @Test
    void reads_text_as_long_as_the_limit_in_good_time() {
        int length = RuleParser.MAX_LENGTH;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(RuleParser.parse("total_spend > 1" + "0".repeat(length - 15)))
                    .isInstanceOf(Either.Right.class);
            assertThat(RuleParser.parse("city in (" + "\"a\",".repeat(length / 4 - 4) + "\"a\")"))
                    .isInstanceOf(Either.Right.class);
            assertThat(RuleParser.parse("a = 1" + " or a = 1".repeat(length / 9 - 1)))
                    .isInstanceOf(Either.Right.class);
            assertThat(RuleParser.parse("name = \"" + "\\u0041".repeat(length / 6 - 1) + "\""))
                    .isInstanceOf(Either.Right.class);
        });
    }

    @Test
    void refuses_text_longer_than_the_limit() {
        String rule = "a = 1" + " ".repeat(RuleParser.MAX_LENGTH);
        assertThat(message(rule))
                .isEqualTo("line 1, column 1: expected at most 100000 characters but found 100005 characters");
    }

    @Test
    void a_syntax_error_is_an_invalid_rule() {
        RuleSyntaxError error = RuleParser.parse("city =").getLeft();
        assertThat(error.toProblem())
                .isEqualTo(Problem.Invalid.of("rule", "line 1, column 7: expected a value but found end of input"));
    }

    private static String message(String text) {
        Either<RuleSyntaxError, Rule> parsed = RuleParser.parse(text);
        assertThat(parsed).isInstanceOf(Either.Left.class);
        return parsed.getLeft().message();
    }
}

package io.minicrm.domain.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RuleTextPropertiesTest {

    private static final long SEED = 20_261_124L;
    private static final int EXAMPLES = 2_000;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Conditions written other than the printer writes them. */
    private static final List<String> LOOSE_CONDITIONS = List.of(
            "order_count = 007",
            "total_spend BETWEEN 1.50 AND 2",
            "city IN (\"Pune\",\"delhi\" )",
            "name Contains \"\\u0041n\"",
            "email STARTS WITH \"a\"",
            "phone IS NOT SET",
            "not phone is set",
            "attr.vip != FALSE",
            "created_at Before 1 DAY AGO",
            "last_order_at WITHIN THE LAST 1 days",
            "last_order_at more THAN 000 days ago",
            "tags HAS ALL (\"vip\")",
            "attr.renewal_at = 2026-11-24",
            "attr.score = -0.0",
            "name = \"tab\there\"",
            "name = \"line\nbreak\"",
            "name=\"x\"");

    private static final List<String> AND_OR = List.of(" and ", " AND ", "\nand\t", " or ", " Or ", "  or\n");
    private static final List<String> NOT = List.of("not ", "NOT ", "not\n");
    private static final List<String> GROUPS = List.of("all", "ALL ", "any", "Any");
    /** Words, symbols and literals of the grammar, some malformed, to be strung together at random. */
    private static final List<String> TOKENS = List.of(
            "and",
            "OR",
            "not",
            "Not",
            "all",
            "any(",
            "between",
            "in",
            "contains",
            "starts",
            "with",
            "is",
            "set",
            "before",
            "after",
            "within",
            "the",
            "last",
            "more",
            "than",
            "days",
            "day",
            "ago",
            "has",
            "true",
            "FALSE",
            "(",
            ")",
            ",",
            "=",
            "!=",
            "<",
            "<=",
            ">",
            ">=",
            "!",
            "-",
            ".",
            "&",
            "total_spend",
            "city",
            "tags",
            "attr.plan",
            "attr.",
            "Name",
            "x.y",
            "0",
            "7",
            "-5",
            "99.5",
            "2147483648",
            "00000000000000000001",
            "2026-11-24",
            "2026-02-30",
            "0000-01-01",
            "\"Pune\"",
            "\"\"",
            "\"a\\\"b\"",
            "\"\\u00e9\"",
            "\"\\q\"",
            "\"open",
            "\"\\u12",
            "é",
            "😀",
            "\u0000",
            "\n");

    @Test
    void printed_rules_parse_back_to_themselves() {
        properties()
                .forAll(RuleGenerators.rules())
                .checkAssert(rule ->
                        assertThat(RuleParser.parse(RulePrinter.print(rule))).isEqualTo(Either.right(rule)));
    }

    @Test
    void the_parser_answers_random_text_with_a_rule_or_an_error_inside_the_text() {
        Gen<String> text = strings()
                .allPossible()
                .ofLengthBetween(0, 40)
                .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 40));
        assertTimeoutPreemptively(
                PATIENCE, () -> properties().forAll(text).checkAssert(RuleTextPropertiesTest::answered));
    }

    @Test
    void the_parser_answers_random_tokens_with_a_rule_or_an_error_inside_the_text() {
        assertTimeoutPreemptively(
                PATIENCE, () -> properties().forAll(tokens()).checkAssert(RuleTextPropertiesTest::answered));
    }

    @Test
    void the_parser_answers_damaged_rules_with_a_rule_or_an_error_inside_the_text() {
        assertTimeoutPreemptively(
                PATIENCE, () -> properties().forAll(damagedRules()).checkAssert(RuleTextPropertiesTest::answered));
    }

    @Test
    void the_parser_reads_rules_however_loosely_written_and_prints_them_stably() {
        properties().forAll(looseRules(4)).checkAssert(text -> {
            Either<RuleSyntaxError, Rule> parsed = RuleParser.parse(text);
            assertThat(parsed).isInstanceOf(Either.Right.class);
            printsStably(parsed.get());
        });
    }

    @Test
    void whatever_the_parser_reads_from_random_tokens_or_damaged_rules_prints_stably() {
        properties()
                .forAll(tokens().mix(damagedRules()))
                .checkAssert(text -> RuleParser.parse(text).forEach(RuleTextPropertiesTest::printsStably));
    }

    private static QuickTheory properties() {
        return qt().withFixedSeed(SEED).withExamples(EXAMPLES);
    }

    private static void answered(String text) {
        RuleParser.parse(text).orElseRun(error -> {
            String[] lines = text.split("\n", -1);
            assertThat(error.line()).isBetween(1, lines.length);
            String line = lines[error.line() - 1];
            assertThat(error.column()).isBetween(1, line.codePointCount(0, line.length()) + 1);
        });
    }

    private static void printsStably(Rule rule) {
        String printed = RulePrinter.print(rule);
        Either<RuleSyntaxError, Rule> reread = RuleParser.parse(printed);
        assertThat(reread).isEqualTo(Either.right(rule));
        assertThat(RulePrinter.print(reread.get())).isEqualTo(printed);
    }

    /** Tokens of the grammar at random, with whole conditions among them so that the parser gets further. */
    private static Gen<String> tokens() {
        Gen<String> token = Generate.pick(TOKENS)
                .mix(RuleGenerators.conditions().map(RulePrinter::print), 25)
                .zip(Generate.pick(List.of(" ", " ", "", "\n")), String::concat);
        return lists().of(token).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
    }

    /** Rules cut short or with a token slipped in somewhere. */
    private static Gen<String> damagedRules() {
        Gen<String> rules = looseRules(4);
        Gen<String> cut =
                rules.zip(integers().allPositive(), (rule, at) -> rule.substring(0, at % (rule.length() + 1)));
        Gen<String> spliced = rules.zip(
                Generate.pick(TOKENS),
                integers().allPositive(),
                (rule, token, at) -> new StringBuilder(rule)
                        .insert(at % (rule.length() + 1), token)
                        .toString());
        return cut.mix(spliced);
    }

    /** Text the grammar accepts, in any case and spacing, with redundant parentheses and explicit groups. */
    private static Gen<String> looseRules(int depth) {
        Gen<String> condition =
                RuleGenerators.conditions().map(RulePrinter::print).mix(Generate.pick(LOOSE_CONDITIONS));
        if (depth == 0) {
            return condition;
        }
        Gen<String> rule = looseRules(depth - 1);
        return Generate.frequency(List.of(
                Pair.of(3, condition),
                Pair.of(2, rule.zip(Generate.pick(AND_OR), rule, (left, operator, right) -> left + operator + right)),
                Pair.of(1, Generate.pick(NOT).zip(rule, String::concat)),
                Pair.of(1, rule.map(inner -> "(" + inner + ")")),
                Pair.of(
                        1,
                        Generate.pick(GROUPS)
                                .zip(
                                        lists().of(rule).ofSizeBetween(0, 3),
                                        (group, rules) -> group + "(" + String.join(" ,", rules) + ")"))));
    }
}

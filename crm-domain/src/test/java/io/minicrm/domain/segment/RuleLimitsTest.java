package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.BEFORE;
import static io.minicrm.domain.segment.Operator.CONTAINS;
import static io.minicrm.domain.segment.Operator.EQ;
import static io.minicrm.domain.segment.Operator.GT;
import static io.minicrm.domain.segment.Operator.IN;
import static io.minicrm.domain.segment.Rule.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RuleLimitsTest {

    private static final Rule CONDITION = when("order_count", GT, Value.number(1));

    private final RuleValidator validator = new RuleValidator(FieldCatalogue.standard());

    private List<Violation> violations(Rule rule) {
        return ((Problem.Invalid) validator.validate(rule).getLeft()).violations();
    }

    @Test
    void a_rule_of_two_hundred_nodes_is_kept_and_one_of_more_is_refused_as_a_whole() {
        assertThat(validator
                        .validate(new Rule.All(Collections.nCopies(199, CONDITION)))
                        .isRight())
                .isTrue();
        assertThat(violations(new Rule.All(Collections.nCopies(200, CONDITION))))
                .containsExactly(new Violation("", "a rule has at most 200 conditions, all, any and not in all"));
    }

    @Test
    @Timeout(2)
    void a_rule_of_a_hundred_thousand_conditions_is_refused_at_once_with_one_reason() {
        Rule huge = new Rule.Any(Collections.nCopies(100_000, when("nickname", EQ, Value.text("x"))));

        assertThat(violations(huge)).containsExactly(new Violation("", Rule.SIZE_RULE));
    }

    @Test
    void a_list_holds_at_most_a_thousand_values() {
        Many tooMany = new Many(Collections.nCopies(1_001, Value.text("Pune")));

        assertThat(violations(when("city", IN, tooMany)))
                .containsExactly(new Violation("", "city in: a list in a rule has at most 1000 values"));
        assertThat(validator
                        .validate(when("city", IN, new Many(Collections.nCopies(1_000, Value.text("Pune")))))
                        .isRight())
                .isTrue();
    }

    @Test
    void numbers_dates_and_text_in_a_rule_keep_to_the_limits_of_what_they_are_compared_with() {
        assertThat(violations(when("total_spend", GT, new Decimal(new BigDecimal("1e1000")))))
                .containsExactly(new Violation("", "total_spend: " + NumberLimits.RULE));
        assertThat(violations(when("order_count", IN, new Many(List.of(Value.number(1), Value.number("1e40"))))))
                .containsExactly(new Violation("", "order_count in: item 2: " + NumberLimits.RULE));
        assertThat(violations(when("created_at", BEFORE, new Day(LocalDate.of(9999, 1, 1)))))
                .containsExactly(new Violation("", "created_at: " + DateLimits.RULE));
        assertThat(violations(when(
                        "created_at",
                        Operator.BETWEEN,
                        new Range(new Day(LocalDate.MIN), new Day(LocalDate.of(2026, 1, 1))))))
                .containsExactly(new Violation("", "created_at: " + DateLimits.RULE));
        assertThat(violations(when("city", CONTAINS, Value.text("x".repeat(1_001)))))
                .containsExactly(new Violation("", "city: text in a rule has at most 1000 characters"));
    }

    @Test
    void a_wrong_text_is_repeated_only_in_part() {
        String message = violations(when("order_count", EQ, Value.text("y".repeat(500))))
                .get(0)
                .message();

        assertThat(message).hasSizeLessThan(200).endsWith("…\"");
    }

    @Test
    void a_rule_kept_before_a_limit_was_set_is_still_evaluated() {
        Rule kept = new Rule.All(List.of(
                when("total_spend", GT, Value.number("1e40")),
                when("created_at", BEFORE, new Day(LocalDate.of(1850, 1, 1)))));
        RuleEvaluator evaluator = new RuleEvaluator(FieldCatalogue.standard(), Clock.systemUTC());

        assertThat(validator.validate(kept).isLeft()).isTrue();
        assertThat(evaluator.compile(kept).isRight()).isTrue();
    }
}

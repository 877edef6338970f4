package io.minicrm.domain.segment;

import static io.minicrm.domain.customer.CustomerGenerators.CLOCK;
import static io.minicrm.domain.customer.CustomerGenerators.customers;
import static io.minicrm.domain.segment.RuleGenerators.CATALOGUE;
import static io.minicrm.domain.segment.RuleGenerators.conditions;
import static io.minicrm.domain.segment.RuleGenerators.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RuleEvaluatorPropertiesTest {

    private static final long SEED = 20261124L;
    private static final int EXAMPLES = 1_000;

    private final RuleEvaluator evaluator = new RuleEvaluator(CATALOGUE, CLOCK);
    private final RuleValidator validator = new RuleValidator(CATALOGUE);

    private static QuickTheory theory() {
        return qt().withFixedSeed(SEED).withExamples(EXAMPLES);
    }

    private static Gen<List<Customer>> crowds() {
        return lists().of(customers()).ofSizeBetween(1, 20);
    }

    /** Both rules select the same customers from the crowd. */
    private void assertEquivalent(Rule left, Rule right, List<Customer> crowd) {
        CompiledRule first = evaluator.compile(left).get();
        CompiledRule second = evaluator.compile(right).get();
        for (Customer customer : crowd) {
            assertThat(second.matches(customer))
                    .as("%s vs %s on %s", left, right, customer)
                    .isEqualTo(first.matches(customer));
        }
    }

    @Test
    void the_validator_accepts_every_well_typed_rule() {
        theory().forAll(rules())
                .checkAssert(rule -> assertThat(validator.validate(rule).isRight())
                        .as(rule.toString())
                        .isTrue());
    }

    @Test
    void evaluating_a_valid_rule_never_throws() {
        theory().forAll(rules(), crowds()).checkAssert((rule, crowd) -> {
            CompiledRule compiled = evaluator.compile(rule).get();
            crowd.forEach(compiled::matches);
        });
    }

    @Test
    void double_negation_changes_nothing() {
        theory().forAll(rules(), crowds())
                .checkAssert((rule, crowd) -> assertEquivalent(new Not(new Not(rule)), rule, crowd));
    }

    @Test
    void de_morgan_holds_for_all_and_any() {
        theory().forAll(lists().of(rules()).ofSizeBetween(0, 4), crowds()).checkAssert((children, crowd) -> {
            List<Rule> negated = children.stream().<Rule>map(Not::new).toList();
            assertEquivalent(new Not(new All(children)), new Any(negated), crowd);
            assertEquivalent(new Not(new Any(children)), new All(negated), crowd);
        });
    }

    @Test
    void empty_all_matches_everyone_and_empty_any_no_one() {
        theory().forAll(customers()).checkAssert(customer -> {
            assertThat(evaluator.matches(new All(List.of()), customer).get()).isTrue();
            assertThat(evaluator.matches(new Any(List.of()), customer).get()).isFalse();
        });
    }

    @Test
    void a_single_child_group_is_its_child() {
        theory().forAll(rules(), crowds()).checkAssert((rule, crowd) -> {
            assertEquivalent(new All(List.of(rule)), rule, crowd);
            assertEquivalent(new Any(List.of(rule)), rule, crowd);
        });
    }

    @Test
    void the_order_of_children_does_not_change_membership() {
        theory().forAll(lists().of(rules()).ofSizeBetween(0, 5), crowds()).checkAssert((children, crowd) -> {
            List<Rule> reversed = new ArrayList<>(children);
            Collections.reverse(reversed);
            assertEquivalent(new All(children), new All(reversed), crowd);
            assertEquivalent(new Any(children), new Any(reversed), crowd);
        });
    }

    @Test
    void within_the_last_and_more_than_days_ago_split_everyone_who_ever_ordered() {
        theory().forAll(integers().between(0, 120), customers()).checkAssert((days, customer) -> {
            boolean within = evaluator
                    .matches(Rule.when("last_order_at", Operator.WITHIN_LAST, new DaysAgo(days)), customer)
                    .get();
            boolean earlier = evaluator
                    .matches(Rule.when("last_order_at", Operator.MORE_THAN_AGO, new DaysAgo(days)), customer)
                    .get();
            boolean daysSince = evaluator
                    .matches(Rule.when("days_since_last_order", Operator.GT, Value.number(days)), customer)
                    .get();
            boolean ordered = customer.purchases().lastOrderAt().isPresent();

            assertThat(within ^ earlier).isEqualTo(ordered);
            assertThat(daysSince).isEqualTo(earlier);
        });
    }

    @Test
    void the_validator_names_the_path_of_each_kind_of_ill_typed_condition() {
        Gen<Condition> illTyped = Generate.pick(List.of(
                new Condition("spend", Operator.GT, Value.number(1)),
                new Condition("attr.unknown", Operator.IS_SET, Value.NONE),
                new Condition("total_spend", Operator.CONTAINS, Value.text("5")),
                new Condition("tags", Operator.EQ, Value.text("vip")),
                new Condition("order_count", Operator.GT, Value.text("3")),
                new Condition("created_at", Operator.BEFORE, Value.number(3)),
                new Condition("attr.vip", Operator.EQ, Value.text("yes")),
                new Condition("city", Operator.IN, new Many(List.of())),
                new Condition("tags", Operator.HAS_ANY, new Many(List.of())),
                new Condition("total_spend", Operator.BETWEEN, new Range(Value.number(9), Value.number(1))),
                new Condition("last_order_at", Operator.WITHIN_LAST, Value.number(3)),
                new Condition("phone", Operator.IS_SET, Value.text("x"))));
        theory().forAll(
                        lists().of(rules()).ofSizeBetween(0, 3),
                        illTyped,
                        integers().between(0, 3))
                .checkAssert((siblings, bad, at) -> {
                    List<Rule> children = new ArrayList<>(siblings);
                    int index = Math.min(at, children.size());
                    children.add(index, new Not(bad));

                    List<Violation> violations = ((Problem.Invalid)
                                    validator.validate(new Any(children)).getLeft())
                            .violations();

                    assertThat(violations).extracting(Violation::path).containsOnly("any[" + index + "].not");
                });
    }

    @Test
    void compiled_conditions_agree_with_their_rules_inside_any_group() {
        theory().forAll(conditions(), rules(), crowds())
                .checkAssert((condition, other, crowd) -> assertEquivalent(
                        new Any(List.of(condition, other)),
                        new Not(new All(List.of(new Not(condition), new Not(other)))),
                        crowd));
    }
}

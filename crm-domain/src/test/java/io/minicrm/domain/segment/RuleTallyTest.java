package io.minicrm.domain.segment;

import static io.minicrm.domain.customer.CustomerGenerators.CLOCK;
import static io.minicrm.domain.customer.CustomerGenerators.customers;
import static io.minicrm.domain.segment.RuleGenerators.CATALOGUE;
import static io.minicrm.domain.segment.RuleGenerators.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.RuleTally.Counter;
import io.minicrm.domain.segment.RuleTally.NodeCount;
import org.junit.jupiter.api.Test;

class RuleTallyTest {

    private static final long SEED = 20261206L;

    private final RuleEvaluator evaluator = new RuleEvaluator(CATALOGUE, CLOCK);

    @Test
    void every_node_counts_the_customers_it_matches_on_its_own_and_every_step_of_an_all_those_left() {
        qt().withFixedSeed(SEED)
                .withExamples(500)
                .forAll(rules(), lists().of(customers()).ofSizeBetween(0, 30))
                .checkAssert((rule, crowd) -> {
                    Counter counter = evaluator.tally(rule).get().counter();
                    crowd.forEach(counter::add);
                    assertAgrees(counter.result(), crowd);
                });
    }

    @Test
    void counters_of_two_parts_of_the_customers_add_up_to_the_count_of_all_of_them() {
        qt().withFixedSeed(SEED)
                .withExamples(200)
                .forAll(
                        rules(),
                        lists().of(customers()).ofSizeBetween(0, 30),
                        integers().between(0, 30))
                .checkAssert((rule, crowd, cut) -> {
                    RuleTally tally = evaluator.tally(rule).get();
                    int at = Math.min(cut, crowd.size());
                    Counter first = tally.counter();
                    Counter second = tally.counter();
                    Counter whole = tally.counter();
                    crowd.subList(0, at).forEach(first::add);
                    crowd.subList(at, crowd.size()).forEach(second::add);
                    crowd.forEach(whole::add);
                    first.addAll(second);
                    assertThat(first.result()).isEqualTo(whole.result());
                });
    }

    @Test
    void an_ill_typed_rule_is_refused_before_anything_is_counted() {
        Rule wrong = new Rule.Condition("spend", Operator.CONTAINS, new Value.Text("x"));

        assertThat(evaluator.tally(wrong).isLeft()).isTrue();
    }

    private void assertAgrees(NodeCount count, List<Customer> crowd) {
        assertThat(count.matches()).as(count.path()).isEqualTo(matching(count.rule(), crowd));
        if (count.rule() instanceof All all) {
            for (int step = 0; step < all.rules().size(); step++) {
                Rule upTo = new All(all.rules().subList(0, step + 1));
                assertThat(count.survivors().get(step))
                        .as("%s after step %d", count.path(), step)
                        .isEqualTo(matching(upTo, crowd));
            }
        } else {
            assertThat(count.survivors()).isEmpty();
        }
        assertThat(count.children())
                .hasSize(RulePath.children(count.rule(), count.path()).size());
        count.children().forEach(child -> assertAgrees(child, crowd));
    }

    private long matching(Rule rule, List<Customer> crowd) {
        CompiledRule compiled = evaluator.compile(rule).get();
        return crowd.stream().filter(compiled::matches).count();
    }
}

package io.minicrm.domain.segment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.minicrm.domain.customer.Customer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Condition checks per second for a realistic six-condition nested rule, and the time to compute the audience of
 * a million in-memory customers.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEvaluationBenchmark {

    static final String RULE = "total_spend > 5000 and (order_count < 3 or last_order_at more than 90 days ago)"
            + " and city in (\"Pune\", \"Mumbai\", \"Delhi\") and not tags has any (\"churned\")"
            + " and created_at within the last 365 days";

    private static final int SAMPLE = 10_000;
    private static final int POPULATION = 1_000_000;

    private Customer[] sample;
    private Customer[] population;
    private CompiledRule rule;
    private CompiledRule[] conditions;

    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), ZoneId.of("Asia/Kolkata"));
        RuleEvaluator evaluator = new RuleEvaluator(FieldCatalogue.standard(), clock);
        Rule parsed = RuleParser.parse(RULE).getOrElseThrow(error -> new IllegalStateException(error.message()));
        rule = evaluator.compile(parsed).getOrElseThrow(problem -> new IllegalStateException(problem.message()));
        conditions = conditionsOf(parsed)
                .map(condition -> evaluator.compile(condition).get())
                .toArray(CompiledRule[]::new);
        population = SyntheticCustomers.generate(POPULATION, clock.instant(), 42);
        sample = Arrays.copyOf(population, SAMPLE);
    }

    /** Every condition of the rule on its own, without short-circuits: one operation is one condition check. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SAMPLE * 6)
    public int conditionChecks() {
        int matched = 0;
        for (Customer customer : sample) {
            for (CompiledRule condition : conditions) {
                if (condition.matches(customer)) {
                    matched++;
                }
            }
        }
        return matched;
    }

    /** The whole rule, with the short-circuits AND and OR allow: one operation is one customer decided. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SAMPLE)
    public int ruleDecisions() {
        int matched = 0;
        for (Customer customer : sample) {
            if (rule.matches(customer)) {
                matched++;
            }
        }
        return matched;
    }

    /** The audience of a million customers on every core the machine has. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long audienceOfOneMillion() {
        return Arrays.stream(population).parallel().filter(rule::matches).count();
    }

    /** The same audience on one core. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long audienceOfOneMillionOnOneCore() {
        long matched = 0;
        for (Customer customer : population) {
            if (rule.matches(customer)) {
                matched++;
            }
        }
        return matched;
    }

    private static Stream<Rule> conditionsOf(Rule rule) {
        return switch (rule) {
            case Rule.All all -> all.rules().stream().flatMap(RuleEvaluationBenchmark::conditionsOf);
            case Rule.Any any -> any.rules().stream().flatMap(RuleEvaluationBenchmark::conditionsOf);
            case Rule.Not not -> conditionsOf(not.rule());
            case Rule.Condition condition -> Stream.of(condition);
        };
    }
}

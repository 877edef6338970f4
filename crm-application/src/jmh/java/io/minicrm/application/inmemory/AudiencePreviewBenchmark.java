package io.minicrm.application.inmemory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.AudienceTally;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.SyntheticCustomers;
import io.minicrm.domain.workspace.WorkspaceId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a rule builder's preview costs over a million in-memory customers when nothing is cached (every node's count,
 * the steps of each {@code all} and a sample of ten), beside the bare count of the same audience.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx6g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AudiencePreviewBenchmark {

    private static final String RULE = "total_spend > 5000 and (order_count < 3 or last_order_at more than 90 days ago)"
            + " and city in (\"Pune\", \"Mumbai\", \"Delhi\") and not tags has any (\"churned\")"
            + " and created_at within the last 365 days";

    private final InMemoryCustomerStore store = new InMemoryCustomerStore();
    private AudienceQuery query;

    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), ZoneId.of("Asia/Kolkata"));
        store.saveAll(List.of(SyntheticCustomers.generate(1_000_000, clock.instant(), 42)))
                .block();
        query = AudienceQuery.of(
                RuleParser.parse(RULE).getOrElseThrow(error -> new IllegalStateException(error.message())),
                FieldCatalogue.standard(),
                clock);
    }

    /** Every node's count, every step's survivors and the first ten members, as the preview asks them together. */
    @Benchmark
    public AudienceTally previewOfOneMillion() {
        return store.tallyAudience(WorkspaceId.DEFAULT, query, 10).block();
    }

    /** The audience's size alone. */
    @Benchmark
    public Long audienceCountOfOneMillion() {
        return store.countAudience(WorkspaceId.DEFAULT, query).block();
    }
}

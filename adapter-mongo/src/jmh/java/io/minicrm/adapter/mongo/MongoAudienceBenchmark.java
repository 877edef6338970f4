package io.minicrm.adapter.mongo;

import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.domain.segment.CompiledRule;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;

/**
 * The audience of a six-condition rule over a million stored customers: pushed down into the query, against every
 * customer fetched and decoded for the domain evaluator to decide, as a store without push-down would do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
public class MongoAudienceBenchmark {

    private static final Rule RULE = RuleParser.parse(
                    "total_spend > 100 and (order_count < 3 or last_order_at more than 90 days ago)"
                            + " and city in (\"Pune\", \"Delhi\") and not tags has any (\"churned\") and created_at within the last 365 days")
            .get();

    private MongoServer server;
    private MongoStorage storage;
    private AudienceQuery query;

    @Setup(Level.Trial)
    public void load() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        storage = MongoStorage.open(
                new MongoSettings(
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(), "bench"),
                FieldCatalogue.standard());
        Flux.fromIterable(MillionCustomers.of(MongoImportBenchmark.MILLION))
                .buffer(1_000)
                .concatMap(batch -> storage.customers().saveAll(batch))
                .blockLast();
        query = new AudienceQuery(RULE, FieldCatalogue.standard(), MillionCustomers.NOW, ZoneOffset.UTC);
    }

    @TearDown(Level.Trial)
    public void stop() {
        storage.close();
        server.shutdownNow();
    }

    @Benchmark
    public long pushedDown() {
        return storage.customers()
                .audience(MillionCustomers.SHOP, query)
                .count()
                .block();
    }

    @Benchmark
    public long evaluatedInTheJvm() {
        CompiledRule rule = query.evaluator().compile(RULE).get();
        return Flux.from(storage.database()
                        .getCollection(Collections.CUSTOMERS)
                        .find(Filters.eq(CustomerCodec.WORKSPACE, MillionCustomers.SHOP.value()))
                        .batchSize(Paging.STREAM_BATCH))
                .map(CustomerCodec::toCustomer)
                .filter(rule::matches)
                .count()
                .block();
    }
}

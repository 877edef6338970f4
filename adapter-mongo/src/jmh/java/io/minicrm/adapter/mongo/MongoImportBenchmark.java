package io.minicrm.adapter.mongo;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.FieldCatalogue;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A million new customers imported through {@link MongoCustomerStore#saveAll} (one unordered bulk write per batch of
 * 1,000, four batches in flight) against the raw driver's unordered {@code insertMany} of the same documents, already
 * encoded, in the same batches, into an identically indexed collection of the same server. One operation is one
 * customer, so scores are customers per second; the ratio of the two is the adapter's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MongoImportBenchmark.MILLION)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
public class MongoImportBenchmark {

    static final int MILLION = 1_000_000;
    private static final int BATCH = 1_000;
    private static final int IN_FLIGHT = 4;

    private final AtomicInteger databases = new AtomicInteger();
    private MongoServer server;
    private String uri;
    private List<Customer> customers;
    private List<Document> documents;
    private MongoStorage storage;

    @Setup(Level.Trial)
    public void generate() {
        customers = MillionCustomers.of(MILLION);
        documents = customers.stream().map(CustomerCodec::toDocument).toList();
    }

    /** A new server per import, so that every import starts empty and the last one's memory is given back. */
    @Setup(Level.Invocation)
    public void emptyDatabase() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        storage = MongoStorage.open(
                new MongoSettings(uri, "bench-" + databases.incrementAndGet()), FieldCatalogue.standard());
    }

    @TearDown(Level.Invocation)
    public void stopServer() {
        storage.close();
        server.shutdownNow();
    }

    @Benchmark
    public long throughTheAdapter() {
        return Flux.fromIterable(customers)
                .buffer(BATCH)
                .flatMap(batch -> storage.customers().saveAll(batch).thenReturn(batch.size()), IN_FLIGHT)
                .reduce(0L, Long::sum)
                .block();
    }

    @Benchmark
    public long rawDriverInsertMany() {
        MongoCollection<Document> collection = storage.database().getCollection(Collections.CUSTOMERS);
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        // The driver adds an _id to each document it inserts: give it copies, so that every import inserts new ones.
        return Flux.fromIterable(documents)
                .map(Document::new)
                .buffer(BATCH)
                .flatMap(
                        batch -> Mono.from(collection.insertMany(batch, unordered))
                                .thenReturn(batch.size()),
                        IN_FLIGHT)
                .reduce(0L, Long::sum)
                .block();
    }
}

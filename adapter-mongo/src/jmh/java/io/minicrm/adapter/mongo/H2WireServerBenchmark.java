package io.minicrm.adapter.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.minicrm.application.Crm;
import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.application.bench.TempFiles;
import io.minicrm.application.importing.CustomerCsv;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The three measures of {@code EmbeddedStorageBenchmark} on what {@code CRM_STORAGE=mongo} runs without
 * {@code CRM_MONGO_URI}: this adapter over an in-process mongo-java-server keeping its data in one H2 file.
 *
 * <ul>
 *   <li>Import: the same generated customer file through the same engine path, into a new file. The server stores
 *       about a thousand rows a second, so an import is stopped after {@code budget} (five minutes by default) of
 *       wall time: the score {@code rowsStored} is the rows the engine reported stored (whole batches; a batch cut
 *       short is not counted) divided by the time from opening the storage to the stop. The primary score, imports
 *       per second, means nothing. As the collection grows each write costs more, so the rate over the first five
 *       minutes is higher than a whole million's would be.
 *   <li>Start: a new server on an existing file of {@code rows} customers and {@code rows} deliveries, the adapter
 *       connected as the service connects it (creating its indexes), until the customer count and the delivery counts
 *       answer; the server is shut down inside the measure, as the embedded store is closed inside its own. Opening
 *       the file rebuilds every index the server keeps by reading each document back (Java-serialised maps) twice per
 *       index, which takes a minute or more from a hundred thousand documents on: one start, in a fresh JVM as the service's
 *       is, with a timeout of hours rather than JMH's ten minutes.
 *   <li>Audience: the same six-condition rule, pushed down into the query, over {@code rows} customers.
 * </ul>
 *
 * {@code -p rows=20000} runs it small. Customers are stored beforehand through the raw driver in unordered batches of
 * 10,000 as the adapter encodes them, deliveries through the adapter's {@code insertNew} in batches as large; the fill
 * of the start's file is timed and printed, as it may take longer than the measures.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class H2WireServerBenchmark {

    private static final int FILL_BATCH = 10_000;

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
    public ImportJob importForAFixedTime(CsvFile file, EmptyServer server, StoredRows stored) {
        try (MongoStorage storage = server.connect();
                Crm crm = Crm.builder()
                        .customerStore(storage.customers())
                        .orderStore(storage.orders())
                        .importJobStore(storage.importJobs())
                        .build()
                        .start()) {
            ImportJob last = crm.imports()
                    .run(ImportKind.CUSTOMERS, WorkspaceId.DEFAULT, file.open())
                    .take(file.budget)
                    .blockLast();
            stored.rowsStored += last.report().created();
            return last;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Timeout(time = 3, timeUnit = TimeUnit.HOURS)
    public long startWithCustomersAndDeliveries(FullFile full) {
        MongoServer server = serverOn(full.file);
        try (MongoStorage storage = connect(server, "bench")) {
            return storage.customers().count(MillionCustomers.SHOP).block()
                    + storage.deliveries()
                            .countByStatus(MillionCustomers.SHOP)
                            .block()
                            .size();
        } finally {
            server.shutdown();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long audiencePushedDown(Audiences audiences) {
        return audiences
                .storage
                .customers()
                .audience(MillionCustomers.SHOP, audiences.query)
                .count()
                .block();
    }

    /** The generated customer file of {@code rows} rows, written once, and how long an import may run. */
    @State(Scope.Benchmark)
    public static class CsvFile {

        @Param("1000000")
        public int rows;

        @Param("PT5M")
        public String importBudget;

        Path path;
        Duration budget;

        @Setup(Level.Trial)
        public void write() {
            path = CustomerCsv.write(rows, 42);
            budget = Duration.parse(importBudget);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(path);
        }

        InputStream open() {
            return TempFiles.open(path);
        }
    }

    /** A server on a new H2 file for each import, shut down and deleted after it. */
    @State(Scope.Thread)
    public static class EmptyServer {

        Path directory;
        MongoServer server;

        @Setup(Level.Invocation)
        public void start() throws IOException {
            System.gc();
            directory = Files.createTempDirectory("h2-wire-bench-");
            server = serverOn(directory.resolve("mini-crm.mv.db"));
        }

        MongoStorage connect() {
            return H2WireServerBenchmark.connect(server, "bench");
        }

        @TearDown(Level.Invocation)
        public void stop() throws IOException {
            server.shutdownNow();
            TempFiles.deleteAll(directory);
        }
    }

    /** The rows an import stored; JMH divides them by the measured time, so the score is rows stored per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class StoredRows {

        public long rowsStored;

        @Setup(Level.Iteration)
        public void reset() {
            rowsStored = 0;
        }
    }

    /** An H2 file holding {@code rows} customers and a campaign's {@code rows} deliveries. */
    @State(Scope.Benchmark)
    public static class FullFile {

        @Param("1000000")
        public int rows;

        Path directory;
        Path file;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("h2-wire-bench-full-");
            file = directory.resolve("mini-crm.mv.db");
            List<Customer> customers = MillionCustomers.of(rows);
            MongoServer server = serverOn(file);
            long began = System.nanoTime();
            try (MongoStorage storage = connect(server, "bench")) {
                insert(storage, customers);
                long customersStored = System.nanoTime();
                CampaignId campaign = new CampaignId("k-1");
                List<Delivery> batch = new ArrayList<>(FILL_BATCH);
                for (Customer customer : customers) {
                    batch.add(delivery(campaign, customer));
                    if (batch.size() == FILL_BATCH) {
                        storage.deliveries().insertNew(batch).blockLast();
                        batch = new ArrayList<>(FILL_BATCH);
                    }
                }
                storage.deliveries().insertNew(batch).blockLast();
                System.out.printf(
                        "%nFilled the H2 file: %,d customers in %,d ms, %,d deliveries in %,d ms%n",
                        rows,
                        TimeUnit.NANOSECONDS.toMillis(customersStored - began),
                        rows,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - customersStored));
            } finally {
                server.shutdown();
            }
            System.out.printf("The file holds %,d bytes%n", Files.size(file));
        }

        private static Delivery delivery(CampaignId campaign, Customer customer) {
            return MillionCustomers.pendingDelivery(campaign, customer);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            TempFiles.deleteAll(directory);
        }
    }

    /** {@code rows} customers on a server over an H2 file, and the six-condition rule. */
    @State(Scope.Benchmark)
    public static class Audiences {

        @Param("1000000")
        public int rows;

        Path directory;
        MongoServer server;
        MongoStorage storage;
        AudienceQuery query;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("h2-wire-bench-audience-");
            server = serverOn(directory.resolve("mini-crm.mv.db"));
            storage = connect(server, "bench");
            insert(storage, MillionCustomers.of(rows));
            query = MillionCustomers.sixConditionAudience();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            storage.close();
            server.shutdownNow();
            TempFiles.deleteAll(directory);
        }
    }

    /** What {@code EmbeddedMongo} starts: a wire server on a free loopback port over one H2 file. */
    private static MongoServer serverOn(Path file) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        return server;
    }

    private static MongoStorage connect(MongoServer server, String database) {
        return MongoStorage.open(
                new MongoSettings(
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(), database),
                FieldCatalogue.standard());
    }

    /** New customers as the adapter encodes them, in the fastest way the server takes them: unordered bulk inserts. */
    private static void insert(MongoStorage storage, List<Customer> customers) {
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        Flux.fromIterable(customers)
                .map(CustomerCodec::toDocument)
                .buffer(FILL_BATCH)
                .concatMap(batch -> Mono.from(
                        storage.database().getCollection(Collections.CUSTOMERS).insertMany(batch, unordered)))
                .blockLast();
    }
}

package io.minicrm.adapter.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.Crm;
import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.application.bench.TempFiles;
import io.minicrm.application.importing.CustomerCsv;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;
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

/**
 * The embedded store against the in-memory one, in one run: a million-row CSV import through the engine, the start of
 * a store holding a million customers and a million deliveries, and the audience of a six-condition rule over a
 * million customers.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class EmbeddedStorageBenchmark {

    static final int MILLION = 1_000_000;

    /** One import into an empty store; one operation is one row, so scores are rows per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MILLION)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public ImportJob importIntoMemory(CsvFile file) {
        try (Crm crm = Crm.builder().build().start()) {
            return completed(crm.imports()
                    .run(ImportKind.CUSTOMERS, WorkspaceId.DEFAULT, file.open())
                    .blockLast());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MILLION)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public ImportJob importIntoEmbedded(CsvFile file, Directory directory) {
        try (EmbeddedStorage storage = EmbeddedStorage.open(directory.path, FieldCatalogue.standard());
                Crm crm = Crm.builder()
                        .customerStore(storage.customers())
                        .orderStore(storage.orders())
                        .importJobStore(storage.importJobs())
                        .build()
                        .start()) {
            return completed(crm.imports()
                    .run(ImportKind.CUSTOMERS, WorkspaceId.DEFAULT, file.open())
                    .blockLast());
        }
    }

    /** Opening a file of a million customers and a million deliveries, until every store answers. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long startWithAMillionCustomersAndDeliveries(FullFile full) {
        try (EmbeddedStorage storage = EmbeddedStorage.open(full.directory, FieldCatalogue.standard())) {
            return storage.customers().count(WorkspaceId.DEFAULT).block()
                    + storage.deliveries()
                            .countByStatus(WorkspaceId.DEFAULT)
                            .block()
                            .size();
        }
    }

    /**
     * The same opening, then the six-condition audience: the first pass over the customers, which reads each in full,
     * as the opening indexes them by their keys and creation time alone.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long startThenFirstAudience(FullFile full) {
        try (EmbeddedStorage storage = EmbeddedStorage.open(full.directory, FieldCatalogue.standard())) {
            return storage.customers()
                    .countAudience(WorkspaceId.DEFAULT, MillionCustomers.sixConditionAudience())
                    .block();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long audienceInMemory(Audiences audiences) {
        return audiences.count(audiences.memory);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long audienceEmbedded(Audiences audiences) {
        return audiences.count(audiences.embedded);
    }

    private static ImportJob completed(ImportJob job) {
        if (job.status() != ImportStatus.COMPLETED || job.report().created() != MILLION) {
            throw new IllegalStateException("expected " + MILLION + " customers created, got " + job);
        }
        return job;
    }

    /** The million-row customer file, written once. */
    @State(Scope.Benchmark)
    public static class CsvFile {

        Path path;

        @Setup(Level.Trial)
        public void write() {
            path = CustomerCsv.write(MILLION, 42);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(path);
        }

        java.io.InputStream open() {
            return TempFiles.open(path);
        }
    }

    /** An empty data directory for each import, deleted after it. */
    @State(Scope.Thread)
    public static class Directory {

        Path path;

        @Setup(Level.Invocation)
        public void create() throws IOException {
            System.gc();
            path = Files.createTempDirectory("embedded-bench-");
        }

        @TearDown(Level.Invocation)
        public void delete() throws IOException {
            TempFiles.deleteAll(path);
        }
    }

    /** A data directory holding a million customers and a campaign's million deliveries. */
    @State(Scope.Benchmark)
    public static class FullFile {

        Path directory;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("embedded-bench-full-");
            MillionRowFile.write(directory);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            TempFiles.deleteAll(directory);
        }
    }

    /** A million customers in an in-memory store and in an embedded one, and the six-condition rule. */
    @State(Scope.Benchmark)
    public static class Audiences {

        CustomerStore memory;
        CustomerStore embedded;
        EmbeddedStorage storage;
        Path directory;
        AudienceQuery query;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            List<Customer> customers = MillionCustomers.of(MILLION);
            memory = new InMemoryCustomerStore();
            directory = Files.createTempDirectory("embedded-bench-audience-");
            storage = EmbeddedStorage.open(directory, FieldCatalogue.standard());
            embedded = storage.customers();
            for (int from = 0; from < MILLION; from += 10_000) {
                memory.saveAll(customers.subList(from, from + 10_000)).block();
                embedded.saveAll(customers.subList(from, from + 10_000)).block();
            }
            query = MillionCustomers.sixConditionAudience();
        }

        long count(CustomerStore store) {
            return store.audience(MillionCustomers.SHOP, query).count().block();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            storage.close();
            TempFiles.deleteAll(directory);
        }
    }
}

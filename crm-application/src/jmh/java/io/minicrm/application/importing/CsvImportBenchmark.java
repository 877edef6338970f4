package io.minicrm.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast a million-row customer file is imported into the in-memory store, and how much heap the importer itself
 * needs to stream a file of any size.
 */
public class CsvImportBenchmark {

    private static final int MILLION = 1_000_000;

    private static final WorkspaceId SHOP = new WorkspaceId("shop");

    /**
     * One import into a fresh {@code InMemoryCustomerStore}, which keeps every customer the file registers. One
     * operation is one row, so the score in ops/s is rows per second. The heap is fixed at its maximum, as on a
     * server: otherwise the full collection between imports shrinks it, and each import pays for growing it again
     * through dozens of young collections that a running service never sees.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MILLION)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
    public ImportJob importIntoMemory(MillionRows file, FreshStore store) {
        return completed(
                store.importer.run(ImportKind.CUSTOMERS, SHOP, file.open()).blockLast(), MILLION);
    }

    /**
     * One import into stores that keep nothing, so that only the importer holds memory; the score is the time of the
     * whole import, and {@link ImportHeap} adds the heap it used. It refuses forks whose heap may exceed 256 MiB, so
     * that completing proves the import fits in that much. JMH's command-line {@code -jvmArgsAppend} replaces the
     * annotation's, so run it on its own with {@code -Xmx256m} there.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = "-Xmx256m")
    public ImportJob importHeap(SizedFile file, ImportHeap heap) {
        CsvImporter importer = new CsvImporter(
                DiscardingStores.customers(),
                DiscardingStores.orders(),
                DiscardingStores.jobs(),
                new InMemoryEventBus(),
                CrmSettings.defaults());
        ImportJob job = importer.run(ImportKind.CUSTOMERS, SHOP, file.open()).blockLast();
        heap.recordPeak();
        return completed(job, file.rows());
    }

    // A file that failed to parse would import nothing, very fast.
    private static ImportJob completed(ImportJob job, int rows) {
        if (job.status() != ImportStatus.COMPLETED || job.report().created() != rows) {
            throw new IllegalStateException("expected " + rows + " customers created, got " + job);
        }
        return job;
    }

    /** A customer file, written once per fork and read anew by each import. */
    @State(Scope.Benchmark)
    public abstract static class CustomerFile {

        private Path path;

        abstract int rows();

        @Setup(Level.Trial)
        public void write() {
            path = CustomerCsv.write(rows(), 42);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(path);
        }

        InputStream open() {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The million-row customer file. */
    public static class MillionRows extends CustomerFile {

        @Override
        int rows() {
            return MILLION;
        }
    }

    /** A customer file of {@code rows} rows. */
    public static class SizedFile extends CustomerFile {

        @Param({"100000", "1000000"})
        int rows;

        @Override
        int rows() {
            return rows;
        }
    }

    /** An importer over empty in-memory stores for each import. */
    @State(Scope.Thread)
    public static class FreshStore {

        CsvImporter importer;

        @Setup(Level.Invocation)
        public void create() {
            importer = null;
            // The previous import's million customers are collected here, not during the next import.
            System.gc();
            importer = new CsvImporter(
                    new InMemoryCustomerStore(),
                    new InMemoryOrderStore(),
                    new InMemoryImportJobStore(),
                    new InMemoryEventBus(),
                    CrmSettings.defaults());
        }
    }
}

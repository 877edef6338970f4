package io.minicrm.adapter.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.application.bench.TempFiles;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * Two storage engines under the embedded store's load, with nothing of the store around them: {@code rows} customers
 * (time-ordered UUIDv7 ids, keys {@code workspace/id}, values encoded by {@link CustomerCodec}) written in batches of
 * 1,000 into a new directory, then read back in key order and decoded, as a start reads them.
 *
 * <ul>
 *   <li>{@code mvstore}: one file opened as {@link EmbeddedStorage} opens it (MVStore's defaults, no compression), one
 *       map of string keys and byte-array values; a {@code commit()} after each batch, and the file forced to disk
 *       when a second has passed since it last was, as {@link GroupCommit} does (here inline, on the writing thread);
 *       read back by the cursor walk of {@code Table.forEach}.
 *   <li>{@code rocksdb}: RocksDB's defaults (Snappy-compressed tables), one {@code WriteBatch} of the 1,000 puts per
 *       write, write-ahead log on, no sync; read back by an iterator from the first key. Closing does not flush the
 *       memory table, so the read's open replays the log, as a start after a crash or a plain close would.
 * </ul>
 *
 * Writing scores {@code rowsWritten}: rows per second from opening the empty directory to closing it, encoding
 * included (the primary score, writes of the whole set per second, says the same less readably); the directory's size
 * once closed is printed after each write. Reading scores the time to open, walk and decode every row, and close; the
 * files are then in the page cache for both. {@code -p rows=20000} runs it small.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class StorageEngineBenchmark {

    private static final int BATCH = 1_000;
    private static final CustomerCodec CODEC = new CustomerCodec();

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.MILLISECONDS)
    public void write(Customers customers, EmptyDirectory directory, Written written) throws Exception {
        customers.writeAll(directory.path);
        written.rowsWritten += customers.all.size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long readAndDecodeAll(Customers customers, FullDirectory full, Blackhole decoded) throws Exception {
        try (Engine engine = customers.engine.open(full.path)) {
            return engine.forEach(decoded);
        }
    }

    /** The engine under test and the customers to write, with their keys. */
    @State(Scope.Benchmark)
    public static class Customers {

        @Param({"mvstore", "rocksdb"})
        public String engineName;

        @Param("1000000")
        public int rows;

        EngineKind engine;
        List<Customer> all;

        @Setup(Level.Trial)
        public void generate() {
            engine = EngineKind.valueOf(engineName.toUpperCase(Locale.ROOT));
            all = MillionCustomers.of(rows).stream()
                    .map(customer -> new Customer(
                            customer.workspace(),
                            new CustomerId(IdGenerator.TIME_ORDERED.next()),
                            customer.email(),
                            customer.profile(),
                            customer.purchases(),
                            customer.createdAt(),
                            customer.updatedAt()))
                    .toList();
        }

        void writeAll(Path directory) throws Exception {
            try (Engine opened = engine.open(directory)) {
                for (int from = 0; from < all.size(); from += BATCH) {
                    opened.write(all.subList(from, Math.min(from + BATCH, all.size())));
                }
            }
        }
    }

    /** A new directory for each write, its size printed and the directory deleted after it. */
    @State(Scope.Thread)
    public static class EmptyDirectory {

        Path path;

        @Setup(Level.Invocation)
        public void create() throws IOException {
            System.gc();
            path = Files.createTempDirectory("engine-bench-");
        }

        @TearDown(Level.Invocation)
        public void printSizeAndDelete(Customers customers) throws IOException {
            System.out.printf("%n%s holds %,d rows in %,d bytes%n", customers.engineName, customers.all.size(), size());
            TempFiles.deleteAll(path);
        }

        private long size() throws IOException {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile)
                        .mapToLong(file -> {
                            try {
                                return Files.size(file);
                            } catch (IOException unreadable) {
                                throw new UncheckedIOException(unreadable);
                            }
                        })
                        .sum();
            }
        }
    }

    /** Rows written, which JMH divides by the measured time: rows per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Written {

        public long rowsWritten;

        @Setup(Level.Iteration)
        public void reset() {
            rowsWritten = 0;
        }
    }

    /** A directory holding every customer, written once. */
    @State(Scope.Benchmark)
    public static class FullDirectory {

        Path path;

        @Setup(Level.Trial)
        public void fill(Customers customers) throws Exception {
            path = Files.createTempDirectory("engine-bench-full-");
            customers.writeAll(path);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            TempFiles.deleteAll(path);
        }
    }

    enum EngineKind {
        MVSTORE {
            @Override
            Engine open(Path directory) {
                return new MvStoreEngine(directory.resolve("engine.mv.db"));
            }
        },
        ROCKSDB {
            @Override
            Engine open(Path directory) throws RocksDBException {
                return new RocksDbEngine(directory);
            }
        };

        abstract Engine open(Path directory) throws Exception;
    }

    /** What the benchmark asks of an engine: a batch of puts, and every value in key order. */
    interface Engine extends AutoCloseable {

        void write(List<Customer> batch) throws Exception;

        long forEach(Blackhole decoded) throws Exception;

        static byte[] key(Customer customer) {
            return Table.key(customer.workspace(), customer.id().value()).getBytes(StandardCharsets.UTF_8);
        }
    }

    static final class MvStoreEngine implements Engine {

        private final MVStore store;
        private final MVMap<String, byte[]> map;
        private long syncedAt = System.nanoTime();

        MvStoreEngine(Path file) {
            store = new MVStore.Builder().fileName(file.toString()).open();
            map = store.openMap(
                    "customers",
                    new MVMap.Builder<String, byte[]>()
                            .keyType(StringDataType.INSTANCE)
                            .valueType(ByteArrayDataType.INSTANCE));
        }

        @Override
        public void write(List<Customer> batch) {
            for (Customer customer : batch) {
                map.put(Table.key(customer.workspace(), customer.id().value()), CODEC.encode(customer));
            }
            store.commit();
            if (System.nanoTime() - syncedAt >= GroupCommit.SYNC_EVERY.toNanos()) {
                store.sync();
                syncedAt = System.nanoTime();
            }
        }

        @Override
        public long forEach(Blackhole decoded) {
            long count = 0;
            Cursor<String, byte[]> cursor = map.cursor(null);
            while (cursor.hasNext()) {
                cursor.next();
                decoded.consume(CODEC.decode(cursor.getValue()));
                count++;
            }
            return count;
        }

        @Override
        public void close() {
            store.close();
        }
    }

    static final class RocksDbEngine implements Engine {

        static {
            RocksDB.loadLibrary();
        }

        private final Options options = new Options().setCreateIfMissing(true);
        private final WriteOptions unsynced = new WriteOptions().setSync(false).setDisableWAL(false);
        private final RocksDB db;

        RocksDbEngine(Path directory) throws RocksDBException {
            db = RocksDB.open(options, directory.toString());
        }

        @Override
        public void write(List<Customer> batch) throws RocksDBException {
            try (WriteBatch puts = new WriteBatch()) {
                for (Customer customer : batch) {
                    puts.put(Engine.key(customer), CODEC.encode(customer));
                }
                db.write(unsynced, puts);
            }
        }

        @Override
        public long forEach(Blackhole decoded) throws RocksDBException {
            long count = 0;
            try (RocksIterator values = db.newIterator()) {
                for (values.seekToFirst(); values.isValid(); values.next()) {
                    decoded.consume(CODEC.decode(values.value()));
                    count++;
                }
                values.status();
            }
            return count;
        }

        @Override
        public void close() {
            db.close();
            unsynced.close();
            options.close();
        }
    }
}

package io.minicrm.adapter.redis;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.workspace.WorkspaceId;
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
import reactor.core.publisher.Mono;

/**
 * The reads the cache is for, over 100,000 in-memory customers: the dashboard and an audience preview (counts of a
 * five-condition rule, sample of 10) computed every time, against the same reads answered from the Redis cache; and a
 * customer read by id from the store against one Redis round trip, which is why customers are not cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class CachedReadsBenchmark {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final int CUSTOMERS = 100_000;
    private static final RuleSource RULE = new RuleSource.Text(
            "city in (\"Pune\", \"Delhi\") and created_at within the last "
                    + "365 days and not tags has any (\"churned\") and (name starts with \"A\" or tags has any (\"vip\"))");

    private RedisServer server;
    private RedisConnection redis;
    private RedisCache redisCache;
    private Crm uncached;
    private Crm cached;
    private CustomerId someone;

    @Setup(Level.Trial)
    public void start() {
        server = RedisServer.start();
        redis = RedisConnection.open(RedisSettings.parse(server.url()));
        redisCache = new RedisCache(redis);
        InMemoryCustomerStore customers = new InMemoryCustomerStore();
        customers.saveAll(population()).block();
        someone = new CustomerId("c-" + CUSTOMERS / 2);
        uncached = Crm.builder()
                .customerStore(customers)
                .cache(new NoCache())
                .scheduleCheck(Duration.ofHours(1))
                .build();
        cached = Crm.builder()
                .customerStore(customers)
                .cache(redisCache)
                .scheduleCheck(Duration.ofHours(1))
                .build();
    }

    @Benchmark
    public Dashboard dashboardComputed() {
        return uncached.insights().dashboard(SHOP).block();
    }

    @Benchmark
    public Dashboard dashboardFromRedis() {
        return cached.insights().dashboard(SHOP).block();
    }

    @Benchmark
    public AudiencePreview audiencePreviewComputed() {
        return uncached.segments().preview(SHOP, RULE, 10).block();
    }

    @Benchmark
    public AudiencePreview audiencePreviewFromRedis() {
        return cached.segments().preview(SHOP, RULE, 10).block();
    }

    @Benchmark
    public Customer customerFromTheStore() {
        return uncached.customers().get(SHOP, someone).block();
    }

    @Benchmark
    public Cached<Long> oneRedisRoundTrip() {
        return redisCache.get(SHOP, "round-trip", Long.class).block();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        redisCache.close();
        redis.close();
        server.close();
    }

    private static List<Customer> population() {
        Random random = new Random(11);
        List<String> cities = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai");
        List<String> names = List.of("Asha", "Ravi", "Meera", "Arjun", "Priya");
        List<Customer> all = new ArrayList<>();
        for (int n = 0; n < CUSTOMERS; n++) {
            Set<String> tags =
                    random.nextInt(5) == 0 ? Set.of("vip") : random.nextInt(7) == 0 ? Set.of("churned") : Set.of();
            all.add(Customer.register(
                    SHOP,
                    new CustomerId("c-" + n),
                    new Email("customer" + n + "@example.com"),
                    new Profile(
                            Optional.of(names.get(n % names.size())),
                            Optional.empty(),
                            Optional.of(cities.get(random.nextInt(cities.size()))),
                            tags,
                            Map.of()),
                    Currency.getInstance("INR"),
                    Instant.now().minus(Duration.ofDays(random.nextInt(700)))));
        }
        return all;
    }

    /** A cache that never holds anything: every read is computed. */
    private static final class NoCache implements Cache {

        @Override
        public <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type) {
            return Mono.just(Cached.miss(0));
        }

        @Override
        public Mono<Void> put(WorkspaceId workspace, long generation, String key, Object value, Duration timeToLive) {
            return Mono.empty();
        }

        @Override
        public Mono<Void> evictAll(WorkspaceId workspace) {
            return Mono.empty();
        }
    }
}

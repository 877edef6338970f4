package io.minicrm.adapter.redis;

import java.io.IOException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events published per second through {@link RedisEventPublisher} (JSON payload written, handed to Redis, confirmed),
 * and, printed at the start of the run, what {@code redis-benchmark} reaches with PUBLISH of the same payload on the
 * same server (its defaults: 50 connections, no pipelining), so that the two can be compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class RedisPublishBenchmark {

    private static final int BATCH = RedisEventPublisher.MAX_IN_FLIGHT;

    private RedisServer server;
    private RedisConnection redis;
    private RedisEventPublisher publisher;
    private CustomerCreated event;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        server = RedisServer.start();
        redis = RedisConnection.open(RedisSettings.parse(server.url()));
        publisher = new RedisEventPublisher(redis);
        Customer asha = Customer.register(
                WorkspaceId.DEFAULT,
                new CustomerId("0b3a7c7e-5b0e-4c4b-9d59-1f0e6c1d2a11"),
                new Email("asha.kulkarni@example.com"),
                new Profile(Optional.of("Asha Kulkarni"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                Instant.now());
        event = new CustomerCreated(asha, Instant.now());
        String payload = RedisJson.write(LiveEvent.of(event).orElseThrow());
        Process benchmark = new ProcessBuilder(List.of(
                        "redis-benchmark",
                        "-p",
                        Integer.toString(server.port()),
                        "-q",
                        "-n",
                        "500000",
                        "PUBLISH",
                        "customer:created",
                        payload))
                .inheritIO()
                .start();
        benchmark.waitFor();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long publishEvents() {
        long before = publisher.published() + publisher.dropped();
        for (int i = 0; i < BATCH; i++) {
            publisher.publish(event).block();
        }
        while (publisher.published() + publisher.dropped() < before + BATCH) {
            LockSupport.parkNanos(10_000);
        }
        return publisher.published();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        System.out.println("events published " + publisher.published() + ", dropped " + publisher.dropped());
        redis.close();
        server.close();
    }
}

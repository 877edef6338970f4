package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.out.Cache;

/**
 * Service nodes over one set of stores, as several nodes share one database, each with its own Redis connection for
 * events; closing closes them all.
 */
final class Nodes implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    final InMemorySegmentStore segments = new InMemorySegmentStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final List<Runnable> opened = new ArrayList<>();

    /** A node on its own connection to Redis for events, with the cache the function makes from that connection. */
    Node node(String redisUrl, Function<RedisConnection, Cache> cacheOn) {
        RedisConnection redis = RedisConnection.open(RedisSettings.parse(redisUrl));
        opened.add(redis::close);
        Cache cache = cacheOn.apply(redis);
        if (cache instanceof RedisCache closeable) {
            opened.add(closeable::close);
        }
        RedisEventSubscriber stream = new RedisEventSubscriber(redis);
        opened.add(stream::close);
        RedisEventPublisher publisher = new RedisEventPublisher(redis);
        Crm crm = Crm.builder()
                .customerStore(customers)
                .orderStore(orders)
                .segmentStore(segments)
                .campaignStore(campaigns)
                .deliveryStore(deliveries)
                .events(publisher, stream)
                .cache(cache)
                .scheduleCheck(Duration.ofHours(1))
                .build()
                .start();
        opened.add(crm::close);
        return new Node(crm, publisher);
    }

    static CustomerDraft customer(String email) {
        return new CustomerDraft(email, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of());
    }

    /** The value once it passes the test, asked for again and again; fails after {@link #PATIENCE}. */
    static <T> T eventually(Supplier<T> value, Predicate<T> test) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = value.get();
        while (!test.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still " + last + " after " + PATIENCE);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = value.get();
        }
        return last;
    }

    @Override
    public void close() {
        opened.reversed().forEach(Runnable::run);
    }

    /** One node's engine and its publisher, whose counts say what became of its events. */
    record Node(Crm crm, RedisEventPublisher publisher) {}
}

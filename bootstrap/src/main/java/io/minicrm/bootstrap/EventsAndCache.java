package io.minicrm.bootstrap;

import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.redis.RedisCache;
import io.minicrm.adapter.redis.RedisConnection;
import io.minicrm.adapter.redis.RedisEventMonitor;
import io.minicrm.adapter.redis.RedisEventPublisher;
import io.minicrm.adapter.redis.RedisEventSubscriber;
import io.minicrm.application.Crm;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * The event bus and cache that CRM_EVENTS and CRM_CACHE choose: the engine's own in-memory ones, or Redis's, so that
 * several nodes see each other's changes and share cached figures. CRM_REDIS_MONITOR=true logs every event heard.
 */
@Singleton
class EventsAndCache implements AutoCloseable {

    private final Optional<RedisEventPublisher> publisher;
    private final Optional<RedisEventSubscriber> subscriber;
    private final Optional<RedisCache> cache;
    private final Optional<RedisEventMonitor> monitor;

    EventsAndCache(
            AdapterChoices chosen,
            @Value("${crm.redis.monitor:false}") boolean monitor,
            Optional<RedisConnection> redis) {
        boolean redisEvents = chosen.is(AdapterChoice.EVENTS, "redis");
        this.publisher = redis.filter(connection -> redisEvents).map(RedisEventPublisher::new);
        this.subscriber = redis.filter(connection -> redisEvents).map(RedisEventSubscriber::new);
        this.cache = redis.filter(connection -> chosen.is(AdapterChoice.CACHE, "redis"))
                .map(RedisCache::new);
        this.monitor = subscriber.filter(stream -> monitor).map(RedisEventMonitor::new);
    }

    /** The builder with the chosen adapters; what is in memory is left to the engine's defaults. */
    Crm.Builder applyTo(Crm.Builder builder) {
        publisher.ifPresent(events -> builder.events(events, subscriber.orElseThrow()));
        cache.ifPresent(builder::cache);
        return builder;
    }

    Optional<RedisEventPublisher> publisher() {
        return publisher;
    }

    Optional<RedisEventSubscriber> subscriber() {
        return subscriber;
    }

    @PreDestroy
    @Override
    public void close() {
        monitor.ifPresent(RedisEventMonitor::close);
        subscriber.ifPresent(RedisEventSubscriber::close);
        cache.ifPresent(RedisCache::close);
    }
}

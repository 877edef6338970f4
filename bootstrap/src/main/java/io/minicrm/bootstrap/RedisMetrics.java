package io.minicrm.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Counts on {@code /prometheus} what became of events sent through Redis: {@code crm_events_published_total},
 * {@code crm_events_dropped_total} (Redis unreachable or too far behind) and {@code crm_events_unreadable_total}.
 */
@Singleton
@Requires(condition = RedisChosen.class)
class RedisMetrics implements MeterBinder {

    private final EventsAndCache adapters;

    RedisMetrics(EventsAndCache adapters) {
        this.adapters = adapters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        adapters.publisher().ifPresent(publisher -> {
            FunctionCounter.builder("crm.events.published", publisher, events -> events.published())
                    .description("Events handed to Redis")
                    .register(registry);
            FunctionCounter.builder("crm.events.dropped", publisher, events -> events.dropped())
                    .description("Events lost because Redis was unreachable or too far behind")
                    .register(registry);
        });
        adapters.subscriber()
                .ifPresent(subscriber -> FunctionCounter.builder(
                                "crm.events.unreadable", subscriber, events -> events.unreadable())
                        .description("Messages heard on Redis that were not live events")
                        .register(registry));
    }
}

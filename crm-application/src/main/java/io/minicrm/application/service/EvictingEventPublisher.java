package io.minicrm.application.service;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Mono;

/**
 * Forgets the workspace's cached figures before telling others of its change, so that this node reads its own
 * writes at once and keeps no old figures even when the event cannot travel. Other nodes forget theirs on hearing it.
 */
public final class EvictingEventPublisher implements EventPublisher {

    private final EventPublisher events;
    private final Cache cache;

    public EvictingEventPublisher(EventPublisher events, Cache cache) {
        this.events = events;
        this.cache = cache;
    }

    @Override
    public Mono<Void> publish(CrmEvent event) {
        return cache.evictAll(event.workspace()).onErrorComplete().then(events.publish(event));
    }
}

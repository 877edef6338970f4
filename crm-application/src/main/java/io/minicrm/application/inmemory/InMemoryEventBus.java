package io.minicrm.application.inmemory;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Relays events to the listeners in this JVM; a listener that cannot keep up misses events, and never slows publishers. */
public final class InMemoryEventBus implements EventPublisher, EventStream {

    /** Events a listener may fall behind by before it starts missing them. */
    static final int LISTENER_BUFFER = 256;

    private final Sinks.Many<CrmEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Scheduler listeners;

    public InMemoryEventBus() {
        this(Schedulers.boundedElastic());
    }

    /** Listeners are called on the given scheduler, never on the publisher's thread. */
    public InMemoryEventBus(Scheduler listeners) {
        this.listeners = listeners;
    }

    @Override
    public Mono<Void> publish(CrmEvent event) {
        return Mono.fromRunnable(() -> emit(event));
    }

    @Override
    public Flux<LiveEvent> live() {
        return events().mapNotNull(event -> LiveEvent.of(event).orElse(null));
    }

    /** The domain events as they were raised, for listeners in this JVM; see {@link #live()} for the rest. */
    public Flux<CrmEvent> events() {
        // Each listener gets its own bounded buffer, drained on another thread; while it is full, new events are
        // dropped.
        return sink.asFlux().onBackpressureDrop().publishOn(listeners, LISTENER_BUFFER);
    }

    /**
     * A multicast sink refuses a second concurrent emitter instead of waiting, so emitters take turns; each turn only
     * hands the event to the listeners' buffers. With no listener the event is simply not delivered.
     */
    private synchronized void emit(CrmEvent event) {
        sink.tryEmitNext(event);
    }
}

package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.domain.shared.CrmEvent;
import reactor.core.publisher.Mono;

/** An event publisher that passes every event to another; a decorator overrides what it changes. */
public abstract class ForwardingEventPublisher implements EventPublisher {

    private final EventPublisher delegate;

    protected ForwardingEventPublisher(EventPublisher delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The publisher every event is passed to. */
    protected final EventPublisher delegate() {
        return delegate;
    }

    @Override
    public Mono<Void> publish(CrmEvent event) {
        return delegate.publish(event);
    }
}

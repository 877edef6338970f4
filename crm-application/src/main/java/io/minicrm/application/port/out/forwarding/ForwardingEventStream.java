package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import reactor.core.publisher.Flux;

/** An event stream that passes subscriptions to another; a decorator overrides what it changes. */
public abstract class ForwardingEventStream implements EventStream {

    private final EventStream delegate;

    protected ForwardingEventStream(EventStream delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The stream every subscription is passed to. */
    protected final EventStream delegate() {
        return delegate;
    }

    @Override
    public Flux<LiveEvent> live() {
        return delegate.live();
    }
}

package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/** A message channel that passes every send to another; a decorator overrides what it changes. */
public abstract class ForwardingMessageChannel implements MessageChannel {

    private final MessageChannel delegate;

    protected ForwardingMessageChannel(MessageChannel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The channel every send is passed to. */
    protected final MessageChannel delegate() {
        return delegate;
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        return delegate.send(delivery);
    }
}

package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.MessageWriter;
import reactor.core.publisher.Flux;

/** A message writer that passes every brief to another; a decorator overrides what it changes. */
public abstract class ForwardingMessageWriter implements MessageWriter {

    private final MessageWriter delegate;

    protected ForwardingMessageWriter(MessageWriter delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The writer every brief is passed to. */
    protected final MessageWriter delegate() {
        return delegate;
    }

    @Override
    public Flux<String> propose(Brief brief) {
        return delegate.propose(brief);
    }
}

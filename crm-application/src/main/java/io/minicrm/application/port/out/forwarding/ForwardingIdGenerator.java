package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.IdGenerator;

/** An id generator that asks another for every id; a decorator overrides what it changes. */
public abstract class ForwardingIdGenerator implements IdGenerator {

    private final IdGenerator delegate;

    protected ForwardingIdGenerator(IdGenerator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The generator every id is asked of. */
    protected final IdGenerator delegate() {
        return delegate;
    }

    @Override
    public String next() {
        return delegate.next();
    }
}

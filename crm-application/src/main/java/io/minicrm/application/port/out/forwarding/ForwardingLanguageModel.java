package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import reactor.core.publisher.Mono;

/** A language model that passes every request to another; a decorator overrides what it changes. */
public abstract class ForwardingLanguageModel implements LanguageModel {

    private final LanguageModel delegate;

    protected ForwardingLanguageModel(LanguageModel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The model every request is passed to. */
    protected final LanguageModel delegate() {
        return delegate;
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public Mono<ModelReply> complete(ModelRequest request) {
        return delegate.complete(request);
    }
}

package io.minicrm.application.port.out.forwarding;

import java.time.Duration;
import java.util.Objects;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** A cache that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingCache implements Cache {

    private final Cache delegate;

    protected ForwardingCache(Cache delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The cache every call is passed to. */
    protected final Cache delegate() {
        return delegate;
    }

    @Override
    public <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type) {
        return delegate.get(workspace, key, type);
    }

    @Override
    public Mono<Void> put(WorkspaceId workspace, long generation, String key, Object value, Duration timeToLive) {
        return delegate.put(workspace, generation, key, value, timeToLive);
    }

    @Override
    public Mono<Void> evictAll(WorkspaceId workspace) {
        return delegate.evictAll(workspace);
    }
}

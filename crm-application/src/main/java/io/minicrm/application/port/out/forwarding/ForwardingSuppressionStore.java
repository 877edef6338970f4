package io.minicrm.application.port.out.forwarding;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A suppression store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingSuppressionStore implements SuppressionStore {

    private final SuppressionStore delegate;

    protected ForwardingSuppressionStore(SuppressionStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final SuppressionStore delegate() {
        return delegate;
    }

    @Override
    public Mono<Suppression> suppress(Suppression suppression) {
        return delegate.suppress(suppression);
    }

    @Override
    public Mono<Set<String>> suppressedAmong(WorkspaceId workspace, Channel channel, Collection<String> addresses) {
        return delegate.suppressedAmong(workspace, channel, addresses);
    }

    @Override
    public Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page) {
        return delegate.list(workspace, page);
    }

    @Override
    public Flux<Suppression> every(WorkspaceId workspace) {
        return delegate.every(workspace);
    }

    @Override
    public Mono<Boolean> lift(WorkspaceId workspace, Channel channel, String address) {
        return delegate.lift(workspace, channel, address);
    }
}

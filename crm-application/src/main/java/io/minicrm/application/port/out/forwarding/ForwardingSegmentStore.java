package io.minicrm.application.port.out.forwarding;

import java.util.Objects;

import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** A segment store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingSegmentStore implements SegmentStore {

    private final SegmentStore delegate;

    protected ForwardingSegmentStore(SegmentStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final SegmentStore delegate() {
        return delegate;
    }

    @Override
    public Mono<Segment> save(Segment segment) {
        return delegate.save(segment);
    }

    @Override
    public Mono<Segment> findById(WorkspaceId workspace, SegmentId id) {
        return delegate.findById(workspace, id);
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, SegmentId id) {
        return delegate.delete(workspace, id);
    }

    @Override
    public Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page) {
        return delegate.list(workspace, page);
    }
}

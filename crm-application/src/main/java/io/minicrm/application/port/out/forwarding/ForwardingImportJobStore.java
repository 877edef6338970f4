package io.minicrm.application.port.out.forwarding;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An import job store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingImportJobStore implements ImportJobStore {

    private final ImportJobStore delegate;

    protected ForwardingImportJobStore(ImportJobStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final ImportJobStore delegate() {
        return delegate;
    }

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return delegate.save(job);
    }

    @Override
    public Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id) {
        return delegate.findById(workspace, id);
    }

    @Override
    public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
        return delegate.list(workspace, page);
    }

    @Override
    public Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now) {
        return delegate.touch(workspace, id, now);
    }

    @Override
    public Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now) {
        return delegate.interruptStale(updatedBefore, reason, now);
    }
}

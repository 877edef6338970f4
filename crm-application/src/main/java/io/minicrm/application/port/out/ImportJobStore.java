package io.minicrm.application.port.out;

import java.time.Instant;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps import jobs, so that an import's progress can be asked for while it runs and once it is over, and so that a
 * job whose process died is found and marked interrupted rather than shown running for ever.
 */
public interface ImportJobStore {

    /** Inserts or replaces the job by id; emits the job as stored. */
    Mono<ImportJob> save(ImportJob job);

    /** Empty when the workspace has no such job. */
    Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id);

    /** The workspace's jobs, newest first (by start, then by id, highest first). */
    Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page);

    /** Records that a running job's process is still at work on it; a job that has stopped is left as it is. */
    Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now);

    /**
     * Marks {@code INTERRUPTED}, for the reason given and at {@code now}, every job of any workspace that is still
     * running and was last updated before {@code updatedBefore}, keeping its report; a job saved or touched in the
     * meantime is left running. Emits the jobs it marked.
     */
    Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now);
}

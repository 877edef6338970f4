package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps import jobs, so that an import's progress can be asked for while it runs and once it is over. */
public interface ImportJobStore {

    /** Inserts or replaces the job by id; emits the job as stored. */
    Mono<ImportJob> save(ImportJob job);

    /** Empty when the workspace has no such job. */
    Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id);
}

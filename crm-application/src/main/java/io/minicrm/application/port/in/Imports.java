package io.minicrm.application.port.in;

import java.io.InputStream;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Importing customers or orders from CSV files, and following an import while it runs. Thread-safe: every method may
 * be called from any thread, concurrently, each import reading its own stream; nothing happens until the returned
 * {@code Mono} or {@code Flux} is subscribed.
 */
public interface Imports {

    /** Imports the file to its end and closes it; emits the job each time it is saved, the last one with the report. */
    Flux<ImportJob> run(ImportKind kind, WorkspaceId workspace, InputStream csv);

    /** Starts the import in the background and answers with its job at once. */
    Mono<ImportJob> start(ImportKind kind, WorkspaceId workspace, InputStream csv);

    /** The job as it stands; empty when the workspace has no such job. */
    Mono<ImportJob> job(WorkspaceId workspace, ImportJobId id);
}

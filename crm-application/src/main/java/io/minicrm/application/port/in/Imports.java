package io.minicrm.application.port.in;

import java.io.InputStream;

import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Importing customers or orders from CSV files, and following an import while it runs. Thread-safe: every method may
 * be called from any thread, concurrently, each import reading its own stream; nothing happens until the returned
 * {@code Mono} or {@code Flux} is subscribed.
 */
public interface Imports {

    /**
     * Imports a UTF-8 file as it streams in, to its end, and closes it; emits the job each time it is saved, the last
     * one with the report. A file refused past its first batch keeps the batches stored before the refusal.
     */
    Flux<ImportJob> run(ImportKind kind, WorkspaceId workspace, InputStream csv);

    /** Starts importing a UTF-8 stream in the background, as {@link #run} does, and answers with its job at once. */
    Mono<ImportJob> start(ImportKind kind, WorkspaceId workspace, InputStream csv);

    /**
     * Starts importing a file that may still be arriving, and answers with its job at once. The import waits for the
     * whole file, reads it through once to check it, and only then stores its rows: a file that does not arrive
     * whole, or that is refused, leaves nothing stored.
     */
    Mono<StartedImport> receive(ImportKind kind, WorkspaceId workspace, Mono<ImportFile> file);

    /** The job as it stands; empty when the workspace has no such job. */
    Mono<ImportJob> job(WorkspaceId workspace, ImportJobId id);

    /** The workspace's import jobs, newest first. */
    Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page);
}

package io.minicrm.application.blocking;

import java.io.InputStream;
import java.util.Optional;

import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Imports} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingImports {

    private final Imports imports;
    private final Waiting waiting;

    BlockingImports(Imports imports, Waiting waiting) {
        this.imports = imports;
        this.waiting = waiting;
    }

    /**
     * Imports the file to its end, closes it and returns the finished job with its report; a large file may need a
     * facade with a longer timeout ({@code crm.blocking(Duration.ofHours(1))}).
     */
    public ImportJob run(ImportKind kind, WorkspaceId workspace, InputStream csv) {
        return waiting.value(imports.run(kind, workspace, csv).last());
    }

    /** See {@link Imports#start}. */
    public ImportJob start(ImportKind kind, WorkspaceId workspace, InputStream csv) {
        return waiting.value(imports.start(kind, workspace, csv));
    }

    /** Empty when the workspace has no such job. */
    public Optional<ImportJob> job(WorkspaceId workspace, ImportJobId id) {
        return waiting.optional(imports.job(workspace, id));
    }
}

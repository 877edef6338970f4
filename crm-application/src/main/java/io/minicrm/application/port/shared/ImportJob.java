package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;

/** One import of a file into a workspace as far as it has got; once it has stopped, when and (if it failed) why. */
public record ImportJob(ImportJobId id, WorkspaceId workspace, ImportKind kind, ImportStatus status, ImportReport report,
                 Instant startedAt, Optional<Instant> finishedAt, Optional<String> failure) {
    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(startedAt, "startedAt");
        if (finishedAt.isPresent() == (status == ImportStatus.RUNNING) || failure.isPresent() != (status == ImportStatus.FAILED)) {
            throw new IllegalArgumentException("a job has finished unless it is running, and has a failure when it failed");
        }
    }

    public static ImportJob started(ImportJobId id, WorkspaceId workspace, ImportKind kind, Instant now) {
        return new ImportJob(id, workspace, kind, ImportStatus.RUNNING, ImportReport.begun(List.of()), now,
                Optional.empty(), Optional.empty());
    }

    public ImportJob progressed(ImportReport soFar) {
        return new ImportJob(id, workspace, kind, status, soFar, startedAt, finishedAt, failure);
    }

    public ImportJob completed(Instant now) {
        return new ImportJob(id, workspace, kind, ImportStatus.COMPLETED, report, startedAt, Optional.of(now), Optional.empty());
    }

    public ImportJob failed(String reason, Instant now) {
        return new ImportJob(id, workspace, kind, ImportStatus.FAILED, report, startedAt, Optional.of(now), Optional.of(reason));
    }
}

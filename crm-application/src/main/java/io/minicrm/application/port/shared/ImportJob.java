package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * One import of a file into a workspace as far as it has got: when it started, when its process last gave news of it
 * (a running job that stays silent has lost its process), and once it has stopped, when and (unless it completed) why.
 */
public record ImportJob(
        ImportJobId id,
        WorkspaceId workspace,
        ImportKind kind,
        ImportStatus status,
        ImportReport report,
        Instant startedAt,
        Instant updatedAt,
        Optional<Instant> finishedAt,
        Optional<ImportFailure> failure) {
    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        boolean stoppedShort = status == ImportStatus.FAILED || status == ImportStatus.INTERRUPTED;
        if (finishedAt.isPresent() == (status == ImportStatus.RUNNING) || failure.isPresent() != stoppedShort) {
            throw new IllegalArgumentException(
                    "a job has finished unless it is running, and says why when it failed or was interrupted");
        }
    }

    public static ImportJob started(ImportJobId id, WorkspaceId workspace, ImportKind kind, Instant now) {
        return new ImportJob(
                id,
                workspace,
                kind,
                ImportStatus.RUNNING,
                ImportReport.begun(List.of()),
                now,
                now,
                Optional.empty(),
                Optional.empty());
    }

    public ImportJob progressed(ImportReport soFar, Instant now) {
        return new ImportJob(id, workspace, kind, status, soFar, startedAt, now, finishedAt, failure);
    }

    public ImportJob completed(Instant now) {
        return new ImportJob(
                id,
                workspace,
                kind,
                ImportStatus.COMPLETED,
                report,
                startedAt,
                now,
                Optional.of(now),
                Optional.empty());
    }

    public ImportJob failed(ImportFailure why, Instant now) {
        return new ImportJob(
                id, workspace, kind, ImportStatus.FAILED, report, startedAt, now, Optional.of(now), Optional.of(why));
    }

    /** Stopped before its end with the rows its report counts stored; importing the file again finishes it. */
    public ImportJob interrupted(String reason, Instant now) {
        return new ImportJob(
                id,
                workspace,
                kind,
                ImportStatus.INTERRUPTED,
                report,
                startedAt,
                now,
                Optional.of(now),
                Optional.of(ImportFailure.of(reason)));
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }
}

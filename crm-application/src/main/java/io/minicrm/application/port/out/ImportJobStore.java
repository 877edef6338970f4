package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Keeps import jobs, so that an import's progress can be asked for while it runs and once it is over. The job, its
 * report and the rejected rows are the values every adapter keeps.
 */
public interface ImportJobStore {

    /** Inserts or replaces the job by id; emits the job as stored. */
    Mono<ImportJob> save(ImportJob job);

    /** Empty when the workspace has no such job. */
    Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id);

    /** What a file holds. */
    enum ImportKind { CUSTOMERS, ORDERS }

    /** Where an import stands: still reading, done, or stopped by a problem with the whole file. */
    enum ImportStatus { RUNNING, COMPLETED, FAILED }

    /** Identifies an import job within its workspace. */
    record ImportJobId(String value) {
        public ImportJobId {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("an import job id cannot be blank");
            }
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** One import of a file into a workspace as far as it has got; once it has stopped, when and (if it failed) why. */
    record ImportJob(ImportJobId id, WorkspaceId workspace, ImportKind kind, ImportStatus status, ImportReport report,
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

    /**
     * What an import did with the rows read so far: every row read (blank lines aside) was created, updated, skipped
     * or rejected. Reasons are listed for the first {@value #MAX_REJECTIONS} rejected rows only, so that a file full of
     * errors cannot fill the memory; {@link #rejected()} counts them all.
     */
    record ImportReport(long rowsRead, long created, long updated, long skipped, long rejected,
                        List<String> ignoredColumns, List<Rejection> rejections) {

        public static final int MAX_REJECTIONS = 1_000;

        public ImportReport {
            ignoredColumns = List.copyOf(ignoredColumns);
            rejections = List.copyOf(rejections.size() > MAX_REJECTIONS ? rejections.subList(0, MAX_REJECTIONS) : rejections);
            if (rowsRead != created + updated + skipped + rejected || rejected < rejections.size()) {
                throw new IllegalArgumentException("every row read is created, updated, skipped or rejected once");
            }
        }

        /** Nothing read yet; the header named these columns that no field claims. */
        public static ImportReport begun(List<String> ignoredColumns) {
            return new ImportReport(0, 0, 0, 0, 0, ignoredColumns, List.of());
        }

        /** What became of one batch of rows; its rejections in line order. */
        public static ImportReport ofBatch(long created, long updated, long skipped, List<Rejection> rejections) {
            return new ImportReport(created + updated + skipped + rejections.size(), created, updated, skipped,
                    rejections.size(), List.of(), rejections.stream().sorted(Comparator.comparingLong(Rejection::line)).toList());
        }

        public ImportReport plus(ImportReport batch) {
            List<Rejection> listed = rejections;
            if (listed.size() < MAX_REJECTIONS && !batch.rejections.isEmpty()) {
                listed = new ArrayList<>(rejections);
                listed.addAll(batch.rejections);
            }
            return new ImportReport(rowsRead + batch.rowsRead, created + batch.created, updated + batch.updated,
                    skipped + batch.skipped, rejected + batch.rejected, ignoredColumns, listed);
        }
    }

    /**
     * Why one row was not imported: its physical line (the header is line 1), the column as the header names it
     * (absent when the row as a whole is wrong) and the reason.
     */
    record Rejection(long line, Optional<String> column, String reason) {
        public Rejection {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(reason, "reason");
            if (line < 2) {
                throw new IllegalArgumentException("rows start on line 2, after the header: " + line);
            }
        }

        public static Rejection at(long line, String column, String reason) {
            return new Rejection(line, Optional.of(column), reason);
        }
    }
}

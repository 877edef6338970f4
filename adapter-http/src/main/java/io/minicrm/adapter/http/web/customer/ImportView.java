package io.minicrm.adapter.http.web.customer;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;

/**
 * An import job as its page shows it: how far it has got against the rows the browser counted in the file (the job
 * knows only what it has read), and once finished its report and the rows it rejected.
 */
public record ImportView(
        String id,
        String kind,
        String listPath,
        boolean running,
        String status,
        String startedAt,
        @Nullable Long done,
        @Nullable Long expected,
        String progress,
        List<String> counts,
        @Nullable String ignoredColumns,
        @Nullable String failure,
        List<RejectionRow> rejections,
        @Nullable String rejectionsNote,
        String pollLink) {

    /** One rejected row: its line in the file, the column at fault (blank for the row as a whole) and why. */
    public record RejectionRow(String line, String column, String reason) {
        static RejectionRow of(Rejection rejection) {
            return new RejectionRow(
                    Formats.count(rejection.line()), rejection.column().orElse(""), rejection.reason());
        }
    }

    public ImportView {
        counts = List.copyOf(counts);
        rejections = List.copyOf(rejections);
    }

    static ImportView of(ImportJob job, @Nullable Long rowsInFile) {
        ImportReport report = job.report();
        Long expected = rowsInFile == null || rowsInFile < 1 ? null : rowsInFile;
        boolean running = job.isRunning();
        Long done = running
                ? (expected == null || report.rowsRead() == 0 ? null : Math.min(report.rowsRead(), expected))
                : Long.valueOf(1);
        return new ImportView(
                job.id().value(),
                kindOf(job.kind()),
                job.kind() == ImportKind.CUSTOMERS ? "/customers" : "/orders",
                running,
                Formats.words(job.status().name()),
                Formats.time(job.startedAt()),
                done,
                running ? expected : Long.valueOf(1),
                progress(job, expected),
                List.of(
                        count(report.rowsRead(), "row read", "rows read"),
                        count(report.created(), "created", "created"),
                        count(report.updated(), "updated", "updated"),
                        count(report.skipped(), "skipped as unchanged", "skipped as unchanged"),
                        count(report.rejected(), "rejected", "rejected")),
                report.ignoredColumns().isEmpty() ? null : String.join(", ", report.ignoredColumns()),
                job.failure().map(failure -> stopped(job, failure)).orElse(null),
                report.rejections().stream().map(RejectionRow::of).toList(),
                report.rejected() > report.rejections().size()
                        ? "The first " + Formats.count(report.rejections().size()) + " of "
                                + Formats.count(report.rejected()) + " rejected rows"
                        : null,
                "/imports/" + job.id().value() + "/progress" + (expected == null ? "" : "?rows=" + expected));
    }

    private static String stopped(ImportJob job, ImportFailure failure) {
        return job.status() == ImportStatus.INTERRUPTED
                ? "The import stopped before its end (" + failure.reason()
                        + "); importing the same file again finishes it."
                : "The file was refused, and nothing of it was stored: " + failure.describe();
    }

    static String kindOf(ImportKind kind) {
        return kind == ImportKind.CUSTOMERS ? "customers" : "orders";
    }

    private static String progress(ImportJob job, @Nullable Long expected) {
        long read = job.report().rowsRead();
        if (!job.isRunning()) {
            return Formats.words(job.status().name()) + ": " + count(read, "row read", "rows read") + ".";
        }
        if (read == 0) {
            return "Receiving and checking the file…";
        }
        return expected == null
                ? count(read, "row stored so far…", "rows stored so far…")
                : Formats.count(read) + " of about " + Formats.count(expected) + " rows stored…";
    }

    private static String count(long number, String one, String many) {
        return Formats.count(number) + " " + (number == 1 ? one : many);
    }
}

package io.minicrm.adapter.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/**
 * Maps an import job, with its report and listed rejections, to its document and back. Version 2 added the time of the
 * job's last news and where in its file a failure lies; a version 1 job was last heard of when it started or finished.
 */
final class ImportJobCodec {

    static final int VERSION = 2;
    static final String WORKSPACE = "ws";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String STARTED_AT = "startedAt";
    static final String UPDATED_AT = "updatedAt";

    private ImportJobCodec() {}

    static Document toDocument(ImportJob job) {
        ImportReport report = job.report();
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, job.workspace().value())
                .append(ID, job.id().value())
                .append("kind", job.kind().name())
                .append(STATUS, job.status().name())
                .append(
                        "report",
                        new Document("rowsRead", report.rowsRead())
                                .append("created", report.created())
                                .append("updated", report.updated())
                                .append("skipped", report.skipped())
                                .append("rejected", report.rejected())
                                .append("ignoredColumns", report.ignoredColumns())
                                .append(
                                        "rejections",
                                        report.rejections().stream()
                                                .map(ImportJobCodec::rejection)
                                                .toList()))
                .append(STARTED_AT, Bsons.instant(job.startedAt()))
                .append(UPDATED_AT, Bsons.instant(job.updatedAt()));
        Bsons.putPresent(document, "finishedAt", job.finishedAt().map(Bsons::instant));
        job.failure().ifPresent(failure -> {
            document.append("failure", failure.reason());
            Bsons.putPresent(document, "failureLine", failure.line());
            Bsons.putPresent(document, "failureColumn", failure.column());
        });
        return document;
    }

    static ImportJob toJob(Document document) {
        Document report = document.get("report", Document.class);
        Instant startedAt = Bsons.instant(document.get(STARTED_AT));
        Optional<Instant> finishedAt = Bsons.instant(document, "finishedAt");
        Optional<ImportFailure> failure = Bsons.text(document, "failure")
                .map(reason -> new ImportFailure(
                        reason,
                        Optional.ofNullable(document.getLong("failureLine")),
                        Bsons.text(document, "failureColumn")));
        return new ImportJob(
                new ImportJobId(document.getString(ID)),
                new WorkspaceId(document.getString(WORKSPACE)),
                ImportKind.valueOf(document.getString("kind")),
                ImportStatus.valueOf(document.getString(STATUS)),
                new ImportReport(
                        report.getLong("rowsRead"),
                        report.getLong("created"),
                        report.getLong("updated"),
                        report.getLong("skipped"),
                        report.getLong("rejected"),
                        Bsons.texts(report, "ignoredColumns"),
                        report.getList("rejections", Document.class, List.of()).stream()
                                .map(ImportJobCodec::rejection)
                                .toList()),
                startedAt,
                Bsons.instant(document, UPDATED_AT).or(() -> finishedAt).orElse(startedAt),
                finishedAt,
                failure);
    }

    private static Document rejection(Rejection rejection) {
        Document document = new Document("line", rejection.line());
        Bsons.putPresent(document, "column", rejection.column());
        return document.append("reason", rejection.reason());
    }

    private static Rejection rejection(Document document) {
        return new Rejection(
                document.getLong("line"),
                Optional.ofNullable(document.getString("column")),
                document.getString("reason"));
    }
}

package io.minicrm.adapter.mongo;

import java.util.List;
import java.util.Optional;

import org.bson.Document;

import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.workspace.WorkspaceId;

/** Maps an import job, with its report and listed rejections, to its document and back. */
final class ImportJobCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String ID = "id";

    private ImportJobCodec() {
    }

    static Document toDocument(ImportJob job) {
        ImportReport report = job.report();
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, job.workspace().value())
                .append(ID, job.id().value())
                .append("kind", job.kind().name())
                .append("status", job.status().name())
                .append("report", new Document("rowsRead", report.rowsRead())
                        .append("created", report.created())
                        .append("updated", report.updated())
                        .append("skipped", report.skipped())
                        .append("rejected", report.rejected())
                        .append("ignoredColumns", report.ignoredColumns())
                        .append("rejections", report.rejections().stream().map(ImportJobCodec::rejection).toList()))
                .append("startedAt", Bsons.instant(job.startedAt()));
        Bsons.putPresent(document, "finishedAt", job.finishedAt().map(Bsons::instant));
        Bsons.putPresent(document, "failure", job.failure());
        return document;
    }

    static ImportJob toJob(Document document) {
        Document report = document.get("report", Document.class);
        return new ImportJob(new ImportJobId(document.getString(ID)), new WorkspaceId(document.getString(WORKSPACE)),
                ImportKind.valueOf(document.getString("kind")), ImportStatus.valueOf(document.getString("status")),
                new ImportReport(report.getLong("rowsRead"), report.getLong("created"), report.getLong("updated"),
                        report.getLong("skipped"), report.getLong("rejected"), Bsons.texts(report, "ignoredColumns"),
                        report.getList("rejections", Document.class, List.of()).stream().map(ImportJobCodec::rejection).toList()),
                Bsons.instant(document.get("startedAt")), Bsons.instant(document, "finishedAt"), Bsons.text(document, "failure"));
    }

    private static Document rejection(Rejection rejection) {
        Document document = new Document("line", rejection.line());
        Bsons.putPresent(document, "column", rejection.column());
        return document.append("reason", rejection.reason());
    }

    private static Rejection rejection(Document document) {
        return new Rejection(document.getLong("line"), Optional.ofNullable(document.getString("column")), document.getString("reason"));
    }
}

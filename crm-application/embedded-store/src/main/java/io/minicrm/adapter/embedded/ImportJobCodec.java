package io.minicrm.adapter.embedded;

import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.workspace.WorkspaceId;

/** An import job with its report, its listed rejections and, for a failed one, where in its file it failed. */
final class ImportJobCodec implements Codec<ImportJob> {

    private static final int VERSION = 1;

    @Override
    public byte[] encode(ImportJob job) {
        ImportReport report = job.report();
        return new Output()
                .number(VERSION)
                .text(job.id().value())
                .text(job.workspace().value())
                .text(job.kind().name())
                .text(job.status().name())
                .number(report.rowsRead())
                .number(report.created())
                .number(report.updated())
                .number(report.skipped())
                .number(report.rejected())
                .all(report.ignoredColumns(), Output::text)
                .all(
                        report.rejections(),
                        (output, rejection) -> output.number(rejection.line())
                                .optionalText(rejection.column())
                                .text(rejection.reason()))
                .instant(job.startedAt())
                .instant(job.updatedAt())
                .optional(job.finishedAt(), Output::instant)
                .optional(
                        job.failure(),
                        (output, failure) -> output.text(failure.reason())
                                .optional(failure.line(), Output::number)
                                .optionalText(failure.column()))
                .bytes();
    }

    @Override
    public ImportJob decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "import job");
        return new ImportJob(
                new ImportJobId(input.text()),
                new WorkspaceId(input.text()),
                ImportKind.valueOf(input.text()),
                ImportStatus.valueOf(input.text()),
                new ImportReport(
                        input.number(),
                        input.number(),
                        input.number(),
                        input.number(),
                        input.number(),
                        input.all(Input::text),
                        input.all(in -> new Rejection(in.number(), in.optionalText(), in.text()))),
                input.instant(),
                input.instant(),
                input.optional(Input::instant),
                input.optional(in -> new ImportFailure(in.text(), in.optional(Input::number), in.optionalText())));
    }
}

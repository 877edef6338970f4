package io.minicrm.adapter.http.web.customer;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.ImportJob;

/** One past or running import as the import page lists it. */
public record ImportSummary(String id, String kind, String startedAt, String status, String rowsRead, String rejected) {

    static ImportSummary of(ImportJob job) {
        return new ImportSummary(
                job.id().value(),
                ImportView.kindOf(job.kind()),
                Formats.time(job.startedAt()),
                Formats.words(job.status().name()),
                Formats.count(job.report().rowsRead()),
                Formats.count(job.report().rejected()));
    }
}

package io.minicrm.adapter.http.importing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An import of a CSV file as far as it has got: running with its report so far, completed, or failed and why. */
@Serdeable
public record ImportJobResponse(String id, String kind, String status, Report report, Instant startedAt,
                                @Nullable Instant finishedAt, @Nullable String failure) {

    /** What became of the rows read: each was created, updated, skipped or rejected; the first 1,000 rejections say why. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Report(long rowsRead, long created, long updated, long skipped, long rejected,
                         List<String> ignoredColumns, List<Rejection> rejections) {
    }

    /** Why one row was not imported: its line in the file (the header is line 1), the column when one cell is at fault, and the reason. */
    @Serdeable
    public record Rejection(long line, @Nullable String column, String reason) {
    }
}

package io.minicrm.adapter.http.importing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An import of a CSV file as far as it has got: running with its report so far, completed, failed and why, or
 * interrupted when the process running it stopped first. {@code updatedAt} is when its process last gave news of it; a
 * failure that lies at one place of the file names its line and, where one cell is at fault, its column.
 */
@Serdeable
public record ImportJobResponse(
        String id,
        String kind,
        String status,
        Report report,
        Instant startedAt,
        Instant updatedAt,
        @Nullable Instant finishedAt,
        @Nullable String failure,
        @Nullable Long failureLine,
        @Nullable String failureColumn) {

    /** What became of the rows read: each was created, updated, skipped or rejected; the first 1,000 rejections say why. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Report(
            long rowsRead,
            long created,
            long updated,
            long skipped,
            long rejected,
            List<String> ignoredColumns,
            List<Rejection> rejections) {}

    /** Why one row was not imported: its line in the file (the header is line 1), the column when one cell is at fault, and the reason. */
    @Serdeable
    public record Rejection(long line, @Nullable String column, String reason) {}
}

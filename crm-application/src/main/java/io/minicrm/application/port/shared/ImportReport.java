package io.minicrm.application.port.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an import did with the rows read so far: every row read (blank lines aside) was created, updated, skipped
 * or rejected. Reasons are listed for the first {@value #MAX_REJECTIONS} rejected rows only, so that a file full of
 * errors cannot fill the memory; {@link #rejected()} counts them all.
 */
public record ImportReport(
        long rowsRead,
        long created,
        long updated,
        long skipped,
        long rejected,
        List<String> ignoredColumns,
        List<Rejection> rejections) {

    public static final int MAX_REJECTIONS = 1_000;

    public ImportReport {
        ignoredColumns = List.copyOf(ignoredColumns);
        rejections =
                List.copyOf(rejections.size() > MAX_REJECTIONS ? rejections.subList(0, MAX_REJECTIONS) : rejections);
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
        return new ImportReport(
                created + updated + skipped + rejections.size(),
                created,
                updated,
                skipped,
                rejections.size(),
                List.of(),
                rejections.stream()
                        .sorted(Comparator.comparingLong(Rejection::line))
                        .toList());
    }

    public ImportReport plus(ImportReport batch) {
        List<Rejection> listed = rejections;
        if (listed.size() < MAX_REJECTIONS && !batch.rejections.isEmpty()) {
            listed = new ArrayList<>(rejections);
            listed.addAll(batch.rejections);
        }
        return new ImportReport(
                rowsRead + batch.rowsRead,
                created + batch.created,
                updated + batch.updated,
                skipped + batch.skipped,
                rejected + batch.rejected,
                ignoredColumns,
                listed);
    }
}

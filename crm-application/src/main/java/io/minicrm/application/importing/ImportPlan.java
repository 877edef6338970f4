package io.minicrm.application.importing;

import java.util.List;
import java.util.function.Function;

import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * How an import reads rows once its header is known, and how it stores a batch of them. The columns it reads are those
 * whose cells may be stored, and so are held to what a store may keep; the columns it ignores are not.
 */
record ImportPlan<R>(
        List<String> ignoredColumns,
        List<Integer> readColumns,
        Function<Row, Either<Rejection, R>> reader,
        Function<List<Either<Rejection, R>>, Mono<ImportReport>> writer) {

    ImportPlan {
        ignoredColumns = List.copyOf(ignoredColumns);
        readColumns = List.copyOf(readColumns);
    }

    Either<Rejection, R> read(Row row) {
        return row.misshapen()
                .or(() -> row.unprintable(readColumns))
                .<Either<Rejection, R>>map(Either::left)
                .orElseGet(() -> reader.apply(row));
    }

    Mono<ImportReport> store(List<Either<Rejection, R>> batch) {
        return writer.apply(batch);
    }
}

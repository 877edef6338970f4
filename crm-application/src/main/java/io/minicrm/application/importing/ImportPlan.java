package io.minicrm.application.importing;

import java.util.List;
import java.util.function.Function;

import io.minicrm.application.port.shared.ImportReport;
import io.minicrm.application.port.shared.Rejection;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** How an import reads rows once its header is known, and how it stores a batch of them. */
record ImportPlan<R>(List<String> ignoredColumns, Function<Row, Either<Rejection, R>> reader,
                     Function<List<Either<Rejection, R>>, Mono<ImportReport>> writer) {

    ImportPlan {
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    Either<Rejection, R> read(Row row) {
        return row.misshapen().<Either<Rejection, R>>map(Either::left).orElseGet(() -> reader.apply(row));
    }

    Mono<ImportReport> store(List<Either<Rejection, R>> batch) {
        return writer.apply(batch);
    }
}

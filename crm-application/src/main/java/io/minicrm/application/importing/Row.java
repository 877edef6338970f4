package io.minicrm.application.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.minicrm.application.port.shared.Rejection;
import io.vavr.control.Either;

/** One record of a file: the physical line it starts on and its cells, read through the header's columns. */
record Row(long line, List<String> cells, Header header) {

    Row {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A row with more or fewer cells than the header has columns, whose cells cannot be trusted to be in place. */
    Optional<Rejection> misshapen() {
        return cells.size() == header.size()
                ? Optional.empty()
                : Optional.of(new Rejection(
                        line,
                        Optional.empty(),
                        "the row has " + cells.size() + " fields where the header has " + header.size()));
    }

    /** The first of the cells in these columns that holds what a store must not keep (see {@link UnprintableText}). */
    Optional<Rejection> unprintable(List<Integer> columns) {
        for (int column : columns) {
            if (column < cells.size()) {
                Optional<String> reason = UnprintableText.in(cells.get(column));
                if (reason.isPresent()) {
                    return Optional.of(rejection(column, reason.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The cell's text, stripped; absent when the column is absent or the cell blank. */
    Optional<String> text(Optional<Integer> column) {
        // Written out: every cell of every row passes here.
        if (column.isEmpty()) {
            return Optional.empty();
        }
        String text = cells.get(column.get()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell's value, absent when the column is absent or the cell blank. */
    <T> Either<Rejection, Optional<T>> read(Optional<Integer> column, Function<String, Either<String, T>> parser) {
        return text(column)
                .map(text ->
                        parser.apply(text).map(Optional::of).mapLeft(reason -> rejection(column.orElseThrow(), reason)))
                .orElseGet(() -> Either.right(Optional.empty()));
    }

    /** The value of a cell that must be filled, in a column the header is known to have. */
    <T> Either<Rejection, T> require(int column, Function<String, Either<String, T>> parser) {
        return text(Optional.of(column))
                .map(text -> parser.apply(text).mapLeft(reason -> rejection(column, reason)))
                .orElseGet(() -> Either.left(rejection(column, "a value is required")));
    }

    /** The first refusal among a row's cells, which names the row's rejection. */
    static Optional<Rejection> firstRejection(List<Either<Rejection, ?>> cells) {
        for (Either<Rejection, ?> cell : cells) {
            if (cell.isLeft()) {
                return Optional.of(cell.getLeft());
            }
        }
        return Optional.empty();
    }

    Rejection rejection(int column, String reason) {
        return Rejection.at(line, header.name(column), reason);
    }
}

package io.minicrm.application.importing;

import static io.minicrm.application.importing.CustomerFields.*;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.application.importing.CustomerColumns.AttributeColumn;
import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.AttributeValue;
import io.vavr.control.Either;

/** Reads the rows of a customer file through its columns; the clock's zone places dates that name no offset. */
final class CustomerRows {

    private final CustomerColumns columns;
    private final Clock clock;
    // Rows are read one at a time, on the thread that reads the file.
    private final SharedTexts shared = new SharedTexts();

    CustomerRows(CustomerColumns columns, Clock clock) {
        this.columns = columns;
        this.clock = clock;
    }

    Either<Rejection, CustomerRow> read(Row row) {
        Columns fields = columns.fields();
        var email = row.require(fields.required(EMAIL), CellParsers::email);
        var createdAt = row.read(fields.position(CREATED_AT), this::pastMoment);
        var spend = row.read(fields.position(TOTAL_SPEND), CellParsers::amount);
        var visits = row.read(fields.position(VISITS), CellParsers::count);
        var lastOrderAt = row.read(fields.position(LAST_ORDER_AT), text -> CellParsers.moment(text, clock.getZone()));
        var attributes = attributes(row);
        return Row.firstRejection(List.of(email, createdAt, spend, visits, lastOrderAt, attributes))
                .<Either<Rejection, CustomerRow>>map(Either::left)
                .orElseGet(() -> Either.right(new CustomerRow(row.line(), email.get(), name(row),
                        row.text(fields.position(PHONE)), row.text(fields.position(CITY)).map(shared::of),
                        row.text(fields.position(TAGS)).map(text -> CellParsers.tags(text, shared::of)), attributes.get(),
                        createdAt.get(),
                        new Baseline(spend.get(), visits.get(), lastOrderAt.get()))));
    }

    /** The name cell, or else the first and last names joined. */
    private Optional<String> name(Row row) {
        Columns fields = columns.fields();
        return row.text(fields.position(NAME)).or(() -> Optional.of(Stream.of(FIRST_NAME, LAST_NAME)
                        .flatMap(part -> row.text(fields.position(part)).stream()).collect(Collectors.joining(" ")))
                .filter(joined -> !joined.isEmpty()));
    }

    private Either<Rejection, Map<String, AttributeValue>> attributes(Row row) {
        Map<String, AttributeValue> values = new HashMap<>();
        for (AttributeColumn column : columns.attributes()) {
            var value = row.read(Optional.of(column.position()),
                    text -> CellParsers.attribute(text, column.type(), clock.getZone()));
            if (value.isLeft()) {
                return Either.left(value.getLeft());
            }
            value.get().ifPresent(found -> values.put(column.name(), found));
        }
        return Either.right(values);
    }

    // A customer cannot have signed up after the import that registers them.
    private Either<String, Instant> pastMoment(String text) {
        return CellParsers.moment(text, clock.getZone())
                .filterOrElse(moment -> !moment.isAfter(clock.instant()), moment -> CellParsers.quote(text) + " lies in the future");
    }
}

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
import io.minicrm.domain.shared.TextLimits;
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
        var name = name(row);
        var phone = row.read(fields.position(PHONE), text -> CellParsers.text(text, TextLimits.PHONE));
        var city = row.read(
                fields.position(CITY),
                text -> CellParsers.text(text, TextLimits.CITY).map(shared::of));
        var tags = row.read(fields.position(TAGS), text -> CellParsers.tags(text, shared::of));
        return Row.firstRejection(
                        List.of(email, createdAt, spend, visits, lastOrderAt, attributes, name, phone, city, tags))
                .<Either<Rejection, CustomerRow>>map(Either::left)
                .orElseGet(() -> Either.right(new CustomerRow(
                        row.line(),
                        email.get(),
                        name.get(),
                        phone.get(),
                        city.get(),
                        tags.get(),
                        attributes.get(),
                        createdAt.get(),
                        new Baseline(spend.get(), visits.get(), lastOrderAt.get()))));
    }

    /** The name cell, or else the first and last names joined; either within a name's limits. */
    private Either<Rejection, Optional<String>> name(Row row) {
        Columns fields = columns.fields();
        Optional<Integer> nameColumn = fields.position(NAME);
        if (row.text(nameColumn).isPresent()) {
            return row.read(nameColumn, text -> CellParsers.text(text, TextLimits.CUSTOMER_NAME));
        }
        Optional<String> joined = Optional.of(Stream.of(FIRST_NAME, LAST_NAME)
                        .flatMap(part -> row.text(fields.position(part)).stream())
                        .collect(Collectors.joining(" ")))
                .filter(text -> !text.isEmpty());
        Optional<Integer> firstColumn = fields.position(FIRST_NAME).or(() -> fields.position(LAST_NAME));
        return joined.flatMap(text -> TextLimits.CUSTOMER_NAME
                        .check(text)
                        .map(reason -> Either.<Rejection, Optional<String>>left(firstColumn
                                .map(column -> row.rejection(column, reason))
                                .orElseGet(() -> new Rejection(row.line(), Optional.empty(), reason)))))
                .orElseGet(() -> Either.right(joined));
    }

    private Either<Rejection, Map<String, AttributeValue>> attributes(Row row) {
        Map<String, AttributeValue> values = new HashMap<>();
        for (AttributeColumn column : columns.attributes()) {
            var value = row.read(
                    Optional.of(column.position()),
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
                .filterOrElse(
                        moment -> !moment.isAfter(clock.instant()),
                        moment -> CellParsers.quote(text) + " lies in the future");
    }
}

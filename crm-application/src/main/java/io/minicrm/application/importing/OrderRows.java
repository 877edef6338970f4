package io.minicrm.application.importing;

import static io.minicrm.application.importing.OrderFields.*;

import java.time.Clock;
import java.util.Currency;
import java.util.List;

import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.TextLimits;
import io.vavr.control.Either;

/**
 * Reads the rows of an order file through its columns. Amounts are in the workspace's currency; an order placed at no
 * stated time was placed when it is imported, and one dated by day alone at midnight in the clock's zone.
 */
final class OrderRows {

    private final Columns columns;
    private final Currency currency;
    private final Clock clock;

    OrderRows(Columns columns, Currency currency, Clock clock) {
        this.columns = columns;
        this.currency = currency;
        this.clock = clock;
    }

    Either<Rejection, OrderRow> read(Row row) {
        var externalRef =
                row.require(columns.required(EXTERNAL_REF), text -> CellParsers.text(text, TextLimits.EXTERNAL_REF));
        var customer = row.require(columns.required(CUSTOMER_EMAIL), CellParsers::email);
        var amount = row.require(columns.required(AMOUNT), CellParsers::amount);
        var inCurrency = row.read(columns.position(CURRENCY), this::workspaceCurrency);
        var placedAt = row.read(columns.position(PLACED_AT), text -> CellParsers.moment(text, clock.getZone()));
        var items = row.read(columns.position(ITEMS), text -> ItemsCell.parse(text, currency));
        return Row.firstRejection(List.of(externalRef, customer, amount, inCurrency, placedAt, items))
                .<Either<Rejection, OrderRow>>map(Either::left)
                .orElseGet(() -> Either.right(new OrderRow(
                        row.line(),
                        externalRef.get(),
                        customer.get(),
                        new Money(amount.get(), currency),
                        placedAt.get().orElseGet(clock::instant),
                        items.get().orElse(List.of()))));
    }

    private Either<String, Currency> workspaceCurrency(String code) {
        return code.equalsIgnoreCase(currency.getCurrencyCode())
                ? Either.right(currency)
                : Either.left(CellParsers.quote(code) + " is not " + currency.getCurrencyCode()
                        + ", the currency this workspace keeps its orders in");
    }
}

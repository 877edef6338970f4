package io.minicrm.application.importing;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** Reads an order's items: {@code name:quantity:unit_price} entries separated by ';' or '|', priced in the order's currency. */
final class ItemsCell {

    private ItemsCell() {}

    static Either<String, List<OrderItem>> parse(String text, Currency currency) {
        List<String> entries = Arrays.stream(CellParsers.LIST_SEPARATOR.split(text))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        if (entries.size() > Order.MAX_ITEMS) {
            return Either.left(Order.ITEMS_RULE);
        }
        return Either.traverseRight(entries, entry -> item(entry, currency)).map(Seq::toJavaList);
    }

    // Read from the right, so that a name may itself hold a ':'.
    private static Either<String, OrderItem> item(String entry, Currency currency) {
        int price = entry.lastIndexOf(':');
        int quantity = price < 1 ? -1 : entry.lastIndexOf(':', price - 1);
        if (quantity < 1 || entry.substring(0, quantity).isBlank()) {
            return Either.left(CellParsers.quote(entry) + " is not name:quantity:unit_price");
        }
        return CellParsers.count(entry.substring(quantity + 1, price).strip())
                .filterOrElse(
                        count -> count > 0, count -> CellParsers.quote(entry) + " has no quantity; buy at least 1")
                .flatMap(count -> CellParsers.amount(entry.substring(price + 1).strip())
                        .flatMap(unitPrice -> OrderItem.of(
                                        "item", entry.substring(0, quantity), count, unitPrice, currency)
                                .mapLeft(refused -> CellParsers.quote(entry) + ": "
                                        + refused.violations().getFirst().message())));
    }
}

package io.minicrm.adapter.http.order;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Problem.Violation;

/**
 * Reads an order's items, priced in the order's currency, noting every malformed one by its path; a list longer than an
 * order may hold is refused before any item is read.
 */
final class OrderItems {

    private static final Currency ANY_CURRENCY = Currency.getInstance("XXX");

    private OrderItems() {}

    static List<OrderItem> read(List<OrderRequest.Item> items, String currencyCode, List<Violation> violations) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        if (items.size() > Order.MAX_ITEMS) {
            violations.add(new Violation("items", Order.ITEMS_RULE));
            return List.of();
        }
        Optional<Currency> currency = currency(currencyCode, violations);
        List<OrderItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderRequest.Item item = items.get(i);
            String path = "items[" + i + "]";
            if (item == null) {
                violations.add(new Violation(path, "an item is {\"name\", \"quantity\", \"unitPrice\"}"));
                continue;
            }
            // Without a currency the item is checked in XXX, ISO's "no currency", only to find every other problem.
            OrderItem.of(path, item.name(), item.quantity(), item.unitPrice(), currency.orElse(ANY_CURRENCY))
                    .peek(read::add)
                    .peekLeft(refused -> violations.addAll(refused.violations()));
        }
        return currency.isPresent() ? read : List.of();
    }

    private static Optional<Currency> currency(String code, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new Violation("currency", "items are priced in the order's currency: name it"));
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            violations.add(new Violation("currency", "'" + code + "' is not an ISO 4217 currency code"));
            return Optional.empty();
        }
    }
}

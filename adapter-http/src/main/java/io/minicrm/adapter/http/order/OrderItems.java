package io.minicrm.adapter.http.order;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.Problem.Violation;

/** Reads an order's items, priced in the order's currency, noting every malformed one by its path. */
final class OrderItems {

    private OrderItems() {
    }

    static List<OrderItem> read(List<OrderRequest.Item> items, String currencyCode, List<Violation> violations) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        Optional<Currency> currency = currency(currencyCode, violations);
        List<OrderItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OrderRequest.Item item = items.get(i);
            List<Violation> problems = problems(item, "items[" + i + "]");
            violations.addAll(problems);
            if (problems.isEmpty() && currency.isPresent()) {
                read.add(new OrderItem(item.name(), item.quantity(), new Money(item.unitPrice(), currency.get())));
            }
        }
        return read;
    }

    private static List<Violation> problems(OrderRequest.Item item, String path) {
        if (item == null) {
            return List.of(new Violation(path, "an item is {\"name\", \"quantity\", \"unitPrice\"}"));
        }
        List<Violation> problems = new ArrayList<>();
        if (item.name() == null || item.name().isBlank()) {
            problems.add(new Violation(path + ".name", "an item needs a name"));
        }
        if (item.quantity() < 1) {
            problems.add(new Violation(path + ".quantity", "buy at least 1, not " + item.quantity()));
        }
        if (item.unitPrice() == null || item.unitPrice().signum() < 0) {
            problems.add(new Violation(path + ".unitPrice", "an item needs a unit price of 0 or more"));
        }
        return problems;
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

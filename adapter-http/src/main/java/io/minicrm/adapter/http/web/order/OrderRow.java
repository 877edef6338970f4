package io.minicrm.adapter.http.web.order;

import java.util.Optional;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;

/** One order as a table row shows it; the customer's name is absent when the customer is gone or not asked for. */
public record OrderRow(
        String placedAt,
        String reference,
        String amount,
        String items,
        String customerId,
        @Nullable String customerName) {

    public static OrderRow of(Order order, Optional<Customer> customer) {
        return new OrderRow(
                Formats.time(order.placedAt()),
                order.externalRef().orElse(order.id().value()),
                Formats.money(order.amount().amount(), order.amount().currency().getCurrencyCode()),
                order.items().stream().map(OrderRow::item).collect(Collectors.joining(", ")),
                order.customer().value(),
                customer.map(OrderRow::nameOf).orElse(null));
    }

    /** The name a customer is shown by: their name, or their e-mail when they gave none. */
    public static String nameOf(Customer customer) {
        return customer.profile().name().orElse(customer.email().value());
    }

    private static String item(OrderItem item) {
        return item.quantity() == 1 ? item.name() : item.quantity() + " × " + item.name();
    }
}

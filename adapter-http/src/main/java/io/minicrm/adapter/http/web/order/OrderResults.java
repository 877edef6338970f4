package io.minicrm.adapter.http.web.order;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;

/** One page of the orders a query asks for, with the customer it chose (if any) and how many orders match. */
public record OrderResults(
        OrderQuery query,
        List<OrderRow> rows,
        Pager pager,
        String matching,
        @Nullable String customerId,
        @Nullable String customerName) {

    public OrderResults {
        rows = List.copyOf(rows);
    }

    static OrderResults of(
            OrderQuery query, Page<Order> found, Map<CustomerId, Customer> customers, Optional<Customer> chosen) {
        return new OrderResults(
                query,
                found.items().stream()
                        .map(order -> OrderRow.of(order, Optional.ofNullable(customers.get(order.customer()))))
                        .toList(),
                Pager.of(found),
                Formats.count(found.total()) + (found.total() == 1 ? " order" : " orders"),
                chosen.map(customer -> customer.id().value()).orElse(null),
                chosen.map(OrderRow::nameOf).orElse(null));
    }
}

package io.minicrm.adapter.http.web.customer;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.order.OrderRow;
import io.minicrm.domain.customer.Customer;

/** One customer as a row of the list shows them, figures written out. */
public record CustomerRow(
        String id,
        String name,
        String email,
        String city,
        String orders,
        String totalSpend,
        String lastOrder,
        String createdAt) {

    static CustomerRow of(Customer customer) {
        var purchases = customer.purchases();
        return new CustomerRow(
                customer.id().value(),
                OrderRow.nameOf(customer),
                customer.email().value(),
                customer.profile().city().orElse(""),
                Formats.count(purchases.orderCount()),
                Formats.money(
                        purchases.totalSpend().amount(),
                        purchases.totalSpend().currency().getCurrencyCode()),
                purchases.lastOrderAt().map(Formats::time).orElse("never"),
                Formats.time(customer.createdAt()));
    }
}

package io.minicrm.adapter.http.web.customer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.order.OrderRow;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.order.Order;

/** A customer's page: their profile, the figures their orders add up to, and their latest orders. */
public record CustomerDetails(
        String id,
        String name,
        String email,
        String phone,
        String city,
        List<String> tags,
        Map<String, String> attributes,
        String orderCount,
        String totalSpend,
        String firstOrder,
        String lastOrder,
        String since,
        List<OrderRow> latestOrders,
        long ordersListed,
        String allOrdersLink) {

    static final int LATEST = 10;

    public CustomerDetails {
        tags = List.copyOf(tags);
        attributes = Map.copyOf(attributes);
        latestOrders = List.copyOf(latestOrders);
    }

    static CustomerDetails of(Customer customer, Page<Order> orders) {
        var purchases = customer.purchases();
        Map<String, String> attributes = new TreeMap<>();
        customer.profile().attributes().forEach((name, value) -> attributes.put(name, text(value)));
        return new CustomerDetails(
                customer.id().value(),
                OrderRow.nameOf(customer),
                customer.email().value(),
                customer.profile().phone().orElse("—"),
                customer.profile().city().orElse("—"),
                customer.profile().tags().stream().sorted().toList(),
                attributes,
                Formats.count(purchases.orderCount()),
                Formats.money(
                        purchases.totalSpend().amount(),
                        purchases.totalSpend().currency().getCurrencyCode()),
                purchases.firstOrderAt().map(Formats::time).orElse("never"),
                purchases.lastOrderAt().map(Formats::time).orElse("never"),
                Formats.time(customer.createdAt()),
                orders.items().stream()
                        .map(order -> OrderRow.of(order, Optional.empty()))
                        .toList(),
                orders.total(),
                "/orders?customer=" + URLEncoder.encode(customer.email().value(), StandardCharsets.UTF_8));
    }

    /** The orders the orders page lists for this customer, when there are more than this page shows. */
    public boolean hasMoreOrders() {
        return ordersListed > latestOrders.size();
    }

    public String ordersListedText() {
        return Formats.count(ordersListed);
    }

    private static String text(AttributeValue value) {
        return switch (value) {
            case AttributeValue.Text text -> text.text();
            case AttributeValue.Decimal decimal -> decimal.number().toPlainString();
            case AttributeValue.Flag flag -> flag.flag() ? "yes" : "no";
            case AttributeValue.Moment moment -> Formats.time(moment.instant());
        };
    }
}

package io.minicrm.adapter.http.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.Orders;
import io.minicrm.domain.workspace.WorkspaceId;

/** Customers and orders the page tests put into the default workspace, through the application's ports. */
record CustomerData(Customers customers, Orders orders) {

    String customer(String email, String name, String city) {
        return customers
                .create(
                        WorkspaceId.DEFAULT,
                        new CustomerDraft(
                                email, Optional.of(name), Optional.empty(), Optional.of(city), Set.of("vip"), Map.of()))
                .block()
                .id()
                .value();
    }

    void order(String customerId, String reference, String amount, String placedAt) {
        orders.record(
                        WorkspaceId.DEFAULT,
                        new OrderDraft(
                                Optional.of(reference),
                                customerId,
                                new BigDecimal(amount),
                                Optional.empty(),
                                List.of(),
                                Optional.of(Instant.parse(placedAt))))
                .block();
    }
}

package io.minicrm.application.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/** What one row says about an order; its customer is still to be found by e-mail. */
record OrderRow(long line, String externalRef, Email customer, Money amount, Instant placedAt, List<OrderItem> items) {

    OrderRow {
        items = List.copyOf(items);
    }

    Order toOrder(WorkspaceId workspace, OrderId id, CustomerId customerId) {
        return new Order(workspace, id, Optional.of(externalRef), customerId, amount, items, placedAt);
    }
}

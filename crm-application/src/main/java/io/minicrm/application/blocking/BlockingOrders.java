package io.minicrm.application.blocking;

import java.util.Optional;

import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Orders} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingOrders {

    private final Orders orders;
    private final Waiting waiting;

    BlockingOrders(Orders orders, Waiting waiting) {
        this.orders = orders;
        this.waiting = waiting;
    }

    /** See {@link Orders#record}. */
    public Order record(WorkspaceId workspace, OrderDraft draft) {
        return waiting.value(orders.record(workspace, draft));
    }

    /** Empty when the workspace has no such order. */
    public Optional<Order> get(WorkspaceId workspace, OrderId id) {
        return waiting.optional(orders.get(workspace, id));
    }

    public Page<Order> list(WorkspaceId workspace, OrderListing listing) {
        return waiting.value(orders.list(workspace, listing));
    }
}

package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Recording orders, which keeps their customers' figures current, and finding them again. Thread-safe: every method
 * may be called from any thread, concurrently; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Orders {

    /** Records an order and counts it into its customer's figures; a {@code Conflict} on a known external reference. */
    Mono<Order> record(WorkspaceId workspace, OrderDraft draft);

    Mono<Order> get(WorkspaceId workspace, OrderId id);

    Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing);
}

package io.minicrm.application.port.out;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps orders; an external reference identifies at most one order within a workspace. */
public interface OrderStore {

    /** Stores a new order; fails with a {@code Conflict} when its id or external reference is already taken. */
    Mono<Order> insert(Order order);

    /** Stores a batch, skipping orders whose external reference or id is already stored; emits those it stored. */
    Flux<Order> insertNew(List<Order> orders);

    Mono<Order> findById(WorkspaceId workspace, OrderId id);

    Mono<Order> findByExternalRef(WorkspaceId workspace, String externalRef);

    /** The orders of the workspace with any of these external references, in no particular order. */
    Flux<Order> findByExternalRefs(WorkspaceId workspace, Collection<String> externalRefs);

    Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing);

    Mono<OrderTotals> totals(WorkspaceId workspace);

    /**
     * The totals of each day from {@code from} to {@code to}, both included, that has orders, a day running from
     * midnight to midnight in {@code zone}; days without orders are left out.
     */
    Mono<Map<LocalDate, OrderTotals>> totalsByDay(WorkspaceId workspace, LocalDate from, LocalDate to, ZoneId zone);
}

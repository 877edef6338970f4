package io.minicrm.application.port.out.forwarding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An order store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingOrderStore implements OrderStore {

    private final OrderStore delegate;

    protected ForwardingOrderStore(OrderStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final OrderStore delegate() {
        return delegate;
    }

    @Override
    public Mono<Order> insert(Order order) {
        return delegate.insert(order);
    }

    @Override
    public Flux<Order> insertNew(List<Order> orders) {
        return delegate.insertNew(orders);
    }

    @Override
    public Mono<Order> findById(WorkspaceId workspace, OrderId id) {
        return delegate.findById(workspace, id);
    }

    @Override
    public Mono<Order> findByExternalRef(WorkspaceId workspace, String externalRef) {
        return delegate.findByExternalRef(workspace, externalRef);
    }

    @Override
    public Flux<Order> findByExternalRefs(WorkspaceId workspace, Collection<String> externalRefs) {
        return delegate.findByExternalRefs(workspace, externalRefs);
    }

    @Override
    public Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing) {
        return delegate.list(workspace, listing);
    }

    @Override
    public Mono<OrderTotals> totals(WorkspaceId workspace) {
        return delegate.totals(workspace);
    }

    @Override
    public Mono<Map<LocalDate, OrderTotals>> totalsByDay(
            WorkspaceId workspace, LocalDate from, LocalDate to, ZoneId zone) {
        return delegate.totalsByDay(workspace, from, to, zone);
    }
}

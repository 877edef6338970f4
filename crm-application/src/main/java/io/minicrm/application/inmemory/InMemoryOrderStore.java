package io.minicrm.application.inmemory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps orders in memory, indexed by id, external reference, customer and time within each workspace. */
public final class InMemoryOrderStore implements OrderStore {

    private final PerWorkspace<OrderTable> tables = new PerWorkspace<>(OrderTable::new);

    @Override
    public Mono<Order> insert(Order order) {
        return Mono.defer(
                () -> Refusals.toMono(tables.forWriting(order.workspace()).insert(order)));
    }

    /** Stores the whole batch on subscription, so that a subscriber leaving early cannot leave part of it unstored. */
    @Override
    public Flux<Order> insertNew(List<Order> orders) {
        return Flux.defer(() -> Flux.fromIterable(orders.stream()
                .filter(order ->
                        tables.forWriting(order.workspace()).insert(order).isRight())
                .toList()));
    }

    @Override
    public Mono<Order> findById(WorkspaceId workspace, OrderId id) {
        return Mono.defer(() -> Mono.justOrEmpty(tables.forReading(workspace).find(id)));
    }

    @Override
    public Mono<Order> findByExternalRef(WorkspaceId workspace, String externalRef) {
        return Mono.defer(() -> Mono.justOrEmpty(tables.forReading(workspace).find(externalRef)));
    }

    @Override
    public Flux<Order> findByExternalRefs(WorkspaceId workspace, Collection<String> externalRefs) {
        return Flux.fromStream(() -> externalRefs.stream()
                .map(String::strip)
                .distinct()
                .map(tables.forReading(workspace)::find)
                .flatMap(Optional::stream));
    }

    @Override
    public Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).list(listing));
    }

    @Override
    public Mono<OrderTotals> totals(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).totals());
    }

    @Override
    public Mono<Map<LocalDate, OrderTotals>> totalsByDay(
            WorkspaceId workspace, LocalDate from, LocalDate to, ZoneId zone) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).totalsByDay(from, to, zone));
    }
}

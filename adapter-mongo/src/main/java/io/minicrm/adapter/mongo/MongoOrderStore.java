package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.OrderCodec.AMOUNT;
import static io.minicrm.adapter.mongo.OrderCodec.CUSTOMER;
import static io.minicrm.adapter.mongo.OrderCodec.ID;
import static io.minicrm.adapter.mongo.OrderCodec.PLACED_AT;
import static io.minicrm.adapter.mongo.OrderCodec.WORKSPACE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps orders in MongoDB; unique indexes on id and external reference per workspace refuse or skip repeats. */
public final class MongoOrderStore implements OrderStore {

    private static final List<Function<Order, Object>> KEYS = List.of(
            order -> List.of(order.workspace(), order.id()),
            order -> order.externalRef()
                    .map(ref -> List.of(order.workspace(), ref))
                    .orElse(null));

    private final MongoCollection<Document> orders;

    MongoOrderStore(MongoCollection<Document> orders) {
        this.orders = orders;
    }

    @Override
    public Mono<Order> insert(Order order) {
        return Writes.refusingTakenKeys(
                        Mono.defer(() -> Mono.from(orders.insertOne(OrderCodec.toDocument(order)))),
                        "order " + order.id()
                                + order.externalRef()
                                        .map(ref -> " or external reference '" + ref + "'")
                                        .orElse("") + " is already taken")
                .thenReturn(order);
    }

    @Override
    public Flux<Order> insertNew(List<Order> batch) {
        return Flux.defer(() -> Writes.insertNew(orders, Writes.firstOfEachKey(batch, KEYS), OrderCodec::toDocument));
    }

    @Override
    public Mono<Order> findById(WorkspaceId workspace, OrderId id) {
        return Mono.from(orders.find(Bsons.byKey(workspace.value(), id.value())).first())
                .map(OrderCodec::toOrder);
    }

    @Override
    public Mono<Order> findByExternalRef(WorkspaceId workspace, String externalRef) {
        return Mono.from(orders.find(Filters.eq(
                                OrderCodec.WORKSPACE_REF, OrderCodec.workspaceRef(workspace, externalRef.strip())))
                        .first())
                .map(OrderCodec::toOrder);
    }

    @Override
    public Flux<Order> findByExternalRefs(WorkspaceId workspace, Collection<String> externalRefs) {
        if (externalRefs.isEmpty()) {
            return Flux.empty();
        }
        List<String> keys = externalRefs.stream()
                .map(ref -> OrderCodec.workspaceRef(workspace, ref.strip()))
                .distinct()
                .toList();
        return Flux.from(orders.find(Filters.in(OrderCodec.WORKSPACE_REF, keys)))
                .map(OrderCodec::toOrder);
    }

    @Override
    public Mono<Page<Order>> list(WorkspaceId workspace, OrderListing listing) {
        List<Bson> filters = new ArrayList<>(List.of(inWorkspace(workspace)));
        listing.customer().ifPresent(customer -> filters.add(Filters.eq(CUSTOMER, customer.value())));
        listing.from().ifPresent(from -> filters.add(Filters.gte(PLACED_AT, Bsons.instant(from))));
        listing.until().ifPresent(until -> filters.add(Filters.lt(PLACED_AT, Bsons.instant(until))));
        return Paging.page(
                orders, Filters.and(filters), Sorts.descending(PLACED_AT, ID), listing.page(), OrderCodec::toOrder);
    }

    @Override
    public Mono<OrderTotals> totals(WorkspaceId workspace) {
        return Mono.from(orders.aggregate(List.of(
                                Aggregates.match(inWorkspace(workspace)),
                                Aggregates.group(
                                        null,
                                        Accumulators.sum("orders", 1),
                                        Accumulators.sum("revenue", "$" + AMOUNT))))
                        .first())
                .map(totals -> new OrderTotals(
                        ((Number) totals.get("orders")).longValue(), Bsons.decimal(totals.get("revenue"))))
                .defaultIfEmpty(new OrderTotals(0, BigDecimal.ZERO));
    }

    /**
     * Days are summed here rather than by the server: placing times are stored as decimal seconds, which the server's
     * date operators do not read; only the two fields it needs are fetched, and only for the days asked.
     */
    @Override
    public Mono<Map<LocalDate, OrderTotals>> totalsByDay(
            WorkspaceId workspace, LocalDate from, LocalDate to, ZoneId zone) {
        Bson placed = Filters.and(
                inWorkspace(workspace),
                Filters.gte(PLACED_AT, Bsons.instant(from.atStartOfDay(zone).toInstant())),
                Filters.lt(
                        PLACED_AT,
                        Bsons.instant(to.plusDays(1).atStartOfDay(zone).toInstant())));
        return Flux.from(orders.find(placed).projection(Projections.include(PLACED_AT, AMOUNT)))
                .collect(
                        () -> new HashMap<LocalDate, OrderTotals>(),
                        (days, order) -> days.merge(
                                LocalDate.ofInstant(Bsons.instant(order.get(PLACED_AT)), zone),
                                OrderTotals.ofOne(Bsons.decimal(order.get(AMOUNT))),
                                OrderTotals::plus))
                .map(Map::copyOf);
    }

    private static Bson inWorkspace(WorkspaceId workspace) {
        return Filters.eq(WORKSPACE, workspace.value());
    }
}

package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.port.out.forwarding.ForwardingOrderStore;
import io.minicrm.domain.order.Order;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps orders in the embedded file; the in-memory store it loaded at start answers every read. */
public final class EmbeddedOrderStore extends ForwardingOrderStore {

    private final Table<Order> table;

    EmbeddedOrderStore(InMemoryOrderStore memory, Table<Order> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<Order> insert(Order order) {
        return table.write(delegate().insert(order), result -> List.of(touched(order)));
    }

    @Override
    public Flux<Order> insertNew(List<Order> orders) {
        return table.writeAll(
                delegate().insertNew(orders),
                stored -> stored.stream().map(this::touched).toList());
    }

    private Touched<Order> touched(Order order) {
        return new Touched<>(
                Table.key(order.workspace(), order.id().value()), delegate().findById(order.workspace(), order.id()));
    }
}

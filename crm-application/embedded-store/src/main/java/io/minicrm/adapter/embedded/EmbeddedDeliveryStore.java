package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the communication log in the embedded file, under each delivery's id; the in-memory store it loaded at start
 * answers every read and keeps the counts per status.
 */
public final class EmbeddedDeliveryStore extends ForwardingDeliveryStore {

    private final Table<Delivery> table;

    EmbeddedDeliveryStore(InMemoryDeliveryStore memory, Table<Delivery> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Flux<Delivery> insertNew(List<Delivery> deliveries) {
        return table.writeAll(
                delegate().insertNew(deliveries),
                inserted -> inserted.stream()
                        .map(delivery -> touched(delivery.id()))
                        .toList());
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return table.write(delegate().attempt(id, now), result -> List.of(touched(id)));
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return table.writeAll(
                delegate().applyReceipts(receipts, now),
                moved -> moved.stream()
                        .map(update -> touched(update.delivery().id()))
                        .toList());
    }

    private Touched<Delivery> touched(DeliveryId id) {
        return new Touched<>(id.value(), delegate().findById(id));
    }
}

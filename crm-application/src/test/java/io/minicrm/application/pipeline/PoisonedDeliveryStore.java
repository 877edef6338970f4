package io.minicrm.application.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A delivery store that fails, on every try, the work of the deliveries it was told to poison, as a bug or a value no
 * step can read would: counting a try at sending one, or applying any batch of receipts that holds one. Once healed
 * it passes every call on.
 */
class PoisonedDeliveryStore extends ForwardingDeliveryStore {

    private final Set<DeliveryId> unsendable = ConcurrentHashMap.newKeySet();
    private final Set<DeliveryId> unwritable = ConcurrentHashMap.newKeySet();
    private volatile boolean healed;

    PoisonedDeliveryStore(DeliveryStore store) {
        super(store);
    }

    /** Fails every try at sending the delivery with an {@link IllegalStateException}. */
    PoisonedDeliveryStore failingSends(DeliveryId delivery) {
        unsendable.add(delivery);
        return this;
    }

    /** Fails every batch of receipts holding one of the delivery's with an {@link IllegalArgumentException}. */
    PoisonedDeliveryStore failingReceipts(DeliveryId delivery) {
        unwritable.add(delivery);
        return this;
    }

    public void heal() {
        healed = true;
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return Mono.defer(() -> !healed && unsendable.contains(id)
                ? Mono.error(new IllegalStateException("delivery " + id + " cannot be read"))
                : super.attempt(id, now));
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return Flux.defer(() -> receipts.stream()
                .map(Receipt::delivery)
                .filter(id -> !healed && unwritable.contains(id))
                .findFirst()
                .<Flux<DeliveryUpdated>>map(id ->
                        Flux.error(new IllegalArgumentException("the receipt of delivery " + id + " cannot be stored")))
                .orElseGet(() -> super.applyReceipts(receipts, now)));
    }
}

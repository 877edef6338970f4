package io.minicrm.application.inmemory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

import io.minicrm.domain.delivery.DeliveryStatus;

/** How many of a workspace's deliveries are in each status, kept up as deliveries are inserted and move. */
final class StatusCounts {

    private final Map<DeliveryStatus, LongAdder> counts = new EnumMap<>(DeliveryStatus.class);

    StatusCounts() {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, new LongAdder());
        }
    }

    void add(DeliveryStatus status) {
        counter(status).increment();
    }

    void move(DeliveryStatus from, DeliveryStatus to) {
        counter(from).decrement();
        counter(to).increment();
    }

    private LongAdder counter(DeliveryStatus status) {
        return Objects.requireNonNull(counts.get(status), "every status has its counter");
    }

    /** Every status, those without deliveries at zero. */
    Map<DeliveryStatus, Long> snapshot() {
        Map<DeliveryStatus, Long> snapshot = new EnumMap<>(DeliveryStatus.class);
        counts.forEach((status, count) -> snapshot.put(status, count.sum()));
        return snapshot;
    }
}

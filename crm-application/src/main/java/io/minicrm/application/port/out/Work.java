package io.minicrm.application.port.out;

import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * An item taken from a queue. The consumer subscribes to {@link #acknowledge()} once the item's effect is stored;
 * an item never acknowledged is delivered again, so every consumer must be idempotent.
 */
public record Work<T>(T payload, Mono<Void> acknowledge) {

    public Work {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(acknowledge, "acknowledge");
    }
}

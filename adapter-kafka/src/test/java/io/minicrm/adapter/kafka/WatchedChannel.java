package io.minicrm.adapter.kafka;

import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/**
 * One sender's way to the vendor, counting the answers it got and, after a given one, doing what the test says; its
 * answers can be held back, as a slow network would, until something happens.
 */
final class WatchedChannel implements MessageChannel {

    private final MessageChannel vendor;
    private final AtomicInteger answers = new AtomicInteger();
    private final int trigger;
    private final Runnable then;
    private volatile Mono<Void> hold = Mono.empty();

    WatchedChannel(MessageChannel vendor, int trigger, Runnable then) {
        this.vendor = vendor;
        this.trigger = trigger;
        this.then = then;
    }

    WatchedChannel(MessageChannel vendor) {
        this(vendor, -1, () -> {});
    }

    /** Answers the vendor gives from now on reach the sender only once {@code until} completes. */
    void hold(Mono<Void> until) {
        hold = until;
    }

    int answers() {
        return answers.get();
    }

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        return vendor.send(delivery).delayUntil(answer -> hold).doOnNext(answer -> {
            if (answers.incrementAndGet() == trigger) {
                then.run();
            }
        });
    }
}

package io.minicrm.application;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.forwarding.ForwardingMessageChannel;
import io.minicrm.application.port.out.forwarding.ForwardingMessageWriter;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Adapters whose calls may block their thread, called on a pool meant for it. The call itself is made there, not only
 * the subscription, as an adapter may block before it returns its {@code Mono}.
 */
final class Offloaded {

    private Offloaded() {}

    static MessageChannel channel(MessageChannel channel, Scheduler pool) {
        return new ForwardingMessageChannel(channel) {
            @Override
            public Mono<Receipt> send(Delivery delivery) {
                return Mono.defer(() -> super.send(delivery)).subscribeOn(pool);
            }
        };
    }

    static MessageWriter writer(MessageWriter writer, Scheduler pool) {
        return new ForwardingMessageWriter(writer) {
            @Override
            public Flux<String> propose(Brief brief) {
                return Flux.defer(() -> super.propose(brief)).subscribeOn(pool);
            }
        };
    }
}

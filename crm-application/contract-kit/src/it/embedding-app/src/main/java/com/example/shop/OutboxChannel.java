package com.example.shop;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.template.RenderedMessage;
import reactor.core.publisher.Mono;

/** A channel that puts each message in an outbox; a real one hands it to a mail server or an SMS gateway here. */
public final class OutboxChannel implements MessageChannel {

    private final Map<String, List<RenderedMessage>> outbox = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Override
    public Mono<Receipt> send(Delivery delivery) {
        return Mono.fromCallable(() -> {
            outbox.computeIfAbsent(delivery.recipient(), recipient -> new CopyOnWriteArrayList<>())
                    .add(delivery.message());
            return new Receipt(
                    delivery.id(),
                    DeliveryStatus.SENT,
                    Optional.of(UUID.randomUUID().toString()),
                    Optional.empty(),
                    clock.instant());
        });
    }

    /** The messages sent to an e-mail address or phone number so far. */
    public List<RenderedMessage> messagesTo(String recipient) {
        return List.copyOf(outbox.getOrDefault(recipient, List.of()));
    }

    public Map<String, List<RenderedMessage>> outbox() {
        return Map.copyOf(outbox);
    }
}

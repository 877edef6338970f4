package io.minicrm.application.pipeline;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Decides the receipt for one delivery request: none when the delivery is no longer pending (the request was handed
 * out again), FAILED when its campaign was cancelled or failed before sending (so that the campaign still settles),
 * otherwise the channel's answer, trying again after a growing pause while the channel cannot be reached.
 */
final class Sending {

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;

    Sending(PipelinePorts ports, Clock clock, PipelineSettings settings) {
        this.ports = ports;
        this.clock = clock;
        this.settings = settings;
    }

    Mono<Receipt> receiptFor(DeliveryRequest request) {
        return ports.deliveries().findById(request.delivery())
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING)
                .flatMap(pending -> ports.campaigns().findById(pending.workspace(), pending.campaign())
                        .flatMap(campaign -> switch (campaign.status()) {
                            case CANCELLED, FAILED -> Mono.just(failed(pending,
                                    "campaign " + campaign.status().name().toLowerCase(Locale.ROOT) + " before sending"));
                            case DRAFT, QUEUED, DISPATCHING, COMPLETED -> send(pending);
                        }));
    }

    private Mono<Receipt> send(Delivery pending) {
        return Mono.defer(() -> ports.deliveries().attempt(pending.id(), clock.instant()))
                .flatMap(attempted -> ports.channel().send(attempted).onErrorMap(Unreachable::new))
                .retryWhen(Retry.backoff(settings.sendTries() - 1, settings.retryBackoff())
                        .filter(Unreachable.class::isInstance)
                        .onRetryExhaustedThrow((retry, signal) -> signal.failure()))
                .onErrorResume(Unreachable.class, unreachable -> Mono.just(failed(pending, "channel unreachable after "
                        + settings.sendTries() + " tries: " + unreachable.getCause().getMessage())));
    }

    private Receipt failed(Delivery delivery, String reason) {
        return new Receipt(delivery.id(), DeliveryStatus.FAILED, Optional.empty(), Optional.of(reason), clock.instant());
    }

    /** The channel signalled an error: it may work on the next try, unlike a failing store. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}

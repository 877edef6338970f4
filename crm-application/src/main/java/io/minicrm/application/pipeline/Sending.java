package io.minicrm.application.pipeline;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Decides what becomes of one delivery request: nothing when the delivery is no longer pending (the request was handed
 * out again), a FAILED receipt when its campaign was cancelled or failed before sending (so that the campaign still
 * settles), otherwise the channel's answer, trying again after a growing pause while the channel cannot be reached; a
 * request still unanswered after the last try is set aside as a dead letter, its delivery left pending.
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

    Mono<Outcome> outcomeOf(DeliveryRequest request) {
        return ports.deliveries()
                .findById(request.delivery())
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING)
                .flatMap(pending -> ports.campaigns()
                        .findById(pending.workspace(), pending.campaign())
                        .flatMap(campaign -> switch (campaign.status()) {
                            case CANCELLED, FAILED ->
                                Mono.just(failed(
                                        pending,
                                        "campaign " + campaign.status().name().toLowerCase(Locale.ROOT)
                                                + " before sending"));
                            case DRAFT, QUEUED, DISPATCHING, COMPLETED -> send(request, pending);
                        }));
    }

    private Mono<Outcome> send(DeliveryRequest request, Delivery pending) {
        Mono<Receipt> once = Mono.defer(() -> ports.deliveries().attempt(pending.id(), clock.instant()))
                .flatMap(attempted -> ports.channel().send(attempted).onErrorMap(Unreachable::new));
        // The channel answers nearly every first try: the retrying, a few objects per subscription, is set up only
        // after
        // one that did not reach it.
        Mono<Receipt> tried = settings.sendTries() == 1
                ? once
                : once.onErrorResume(
                        Unreachable.class,
                        first -> once.retryWhen(Retry.backoff(
                                                settings.sendTries() - 2,
                                                settings.retryBackoff().multipliedBy(2))
                                        .filter(Unreachable.class::isInstance)
                                        .onRetryExhaustedThrow((retry, signal) -> signal.failure()))
                                .delaySubscription(settings.retryBackoff()));
        return tried.<Outcome>map(Outcome.Report::new)
                .onErrorResume(
                        Unreachable.class,
                        unreachable -> Mono.just(new Outcome.SetAside(new DeadLetter(
                                request,
                                pending.campaign(),
                                "channel unreachable after " + settings.sendTries() + " tries: "
                                        + unreachable.getMessage(),
                                clock.instant()))));
    }

    private Outcome failed(Delivery delivery, String reason) {
        return new Outcome.Report(new Receipt(
                delivery.id(), DeliveryStatus.FAILED, Optional.empty(), Optional.of(reason), clock.instant()));
    }

    /** What a sender does with a request: report a receipt, or set the request aside. */
    sealed interface Outcome {

        record Report(Receipt receipt) implements Outcome {}

        record SetAside(DeadLetter letter) implements Outcome {}
    }

    /** The channel signalled an error: it may work on the next try, unlike a failing store. */
    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}

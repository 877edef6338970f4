package io.minicrm.application.pipeline;

import java.time.Clock;
import java.util.function.Supplier;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.domain.campaign.Campaign;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * What becomes of a campaign whose dispatch the dispatcher gave up on. One that failed on every try (a bug, a refusal,
 * a customer no step can read) is marked FAILED with the reason, and its deliveries still pending are asked for again
 * so that they fail unsent and its counters settle. One that still failed after the tries allowed is asked for again
 * at the back of the queue: an outage that outlasted them is no reason to fail a campaign. Either way it is logged
 * once.
 */
final class DispatchGivenUp {

    private static final Logger LOG = Loggers.getLogger(DispatchGivenUp.class);

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;
    private final DeliveryFanOut fanOut;

    DispatchGivenUp(PipelinePorts ports, Clock clock, PipelineSettings settings, DeliveryFanOut fanOut) {
        this.ports = ports;
        this.clock = clock;
        this.settings = settings;
        this.fanOut = fanOut;
    }

    /** Completes once the campaign is marked or asked for again, or that too is given up on and logged. */
    Mono<Void> after(DispatchRequest request, Throwable failure) {
        String reason = SetAside.because("dispatching", failure, settings.stepTries());
        return Failures.isTransient(failure) ? askedAgain(request, reason) : failed(request, reason);
    }

    private Mono<Void> askedAgain(DispatchRequest request, String reason) {
        LOG.warn(nameOf(request) + " is asked for again at the back of the queue, " + reason);
        return tried(ports.queue().requestDispatch(request), () -> "Asking again for " + nameOf(request))
                .onErrorResume(failure -> Mono.fromRunnable(() -> LOG.error(nameOf(request) + " could not be asked for "
                        + "again, " + SetAside.because("asking", failure, settings.stepTries())
                        + "; the pipeline asks for it when it next starts")));
    }

    private Mono<Void> failed(DispatchRequest request, String reason) {
        Mono<Campaign> marked = ports.campaigns()
                .findById(request.workspace(), request.campaign())
                .flatMap(campaign -> marked(campaign, reason));
        return tried(marked, () -> "Marking " + nameOf(request) + " FAILED")
                .flatMap(stored -> tried(
                        fanOut.stillPending(stored), () -> "Failing the pending deliveries of " + nameOf(request)))
                .onErrorResume(failure -> Mono.fromRunnable(() -> LOG.error(nameOf(request) + " could not be marked "
                        + "FAILED, " + SetAside.because("marking", failure, settings.stepTries()) + ", though " + reason
                        + "; the pipeline asks for it again when it next starts")))
                .then();
    }

    /** The campaign marked FAILED; empty, and logged, when it is no longer one that can fail. */
    private Mono<Campaign> marked(Campaign campaign, String reason) {
        String name = "Campaign " + campaign.id() + " in " + campaign.workspace();
        return campaign.fail(reason, clock.instant())
                .fold(
                        refused -> Mono.<Campaign>fromRunnable(
                                () -> LOG.error(name + " is " + campaign.status() + " and stays so, though " + reason)),
                        failed -> ports.campaigns()
                                .transition(failed, campaign.status())
                                .doOnNext(stored -> LOG.error(name + " marked FAILED, " + reason))
                                .switchIfEmpty(Mono.fromRunnable(() -> LOG.error(
                                        name + " changed meanwhile and is left as it " + "is, though " + reason))));
    }

    private <T> Mono<T> tried(Mono<T> work, Supplier<String> what) {
        return Retrying.atMost(settings.stepTries(), work, settings.retryBackoff(), LOG, what);
    }

    private static String nameOf(DispatchRequest request) {
        return "Campaign " + request.campaign() + " in " + request.workspace();
    }
}

package io.minicrm.application.pipeline;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignStatus;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Fans each requested campaign out into pending deliveries, asks for each to be sent, and marks the campaign as
 * dispatched. A request handed out again (after a crash or a restart) carries on where the last one stopped: deliveries
 * are inserted only once and the pending ones are asked for again.
 */
public final class Dispatcher {

    private static final Logger LOG = Loggers.getLogger(Dispatcher.class);

    private final PipelinePorts ports;
    private final CrmSettings crm;
    private final PipelineSettings settings;
    private final DeliveryFanOut fanOut;
    private final Completion completion;
    private final DispatchGivenUp givenUp;

    public Dispatcher(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.crm = crm;
        this.settings = settings;
        this.fanOut = new DeliveryFanOut(ports, crm, settings);
        this.completion = new Completion(ports.campaigns(), ports.events(), crm.clock());
        this.givenUp = new DispatchGivenUp(ports, crm.clock(), settings, fanOut);
    }

    /**
     * Consumes dispatch requests until disposed; a request is acknowledged once everything it led to is stored, and
     * tried again from where it stopped should a store or the queue fail meanwhile, up to the tries allowed; then, or
     * at once when it fails on every try, it is given up on ({@link DispatchGivenUp}) and acknowledged.
     */
    public Disposable start() {
        return ports.queue()
                .dispatchRequests()
                .flatMap(
                        work -> Retrying.atMost(
                                        settings.stepTries(),
                                        dispatch(work.payload()),
                                        settings.retryBackoff(),
                                        LOG,
                                        () -> "Dispatching campaign "
                                                + work.payload().campaign())
                                .onErrorResume(failure -> givenUp.after(work.payload(), failure))
                                .then(work.acknowledge()),
                        settings.dispatchConcurrency())
                .subscribe(null, stopped -> LOG.error("A dispatcher stopped: " + Failures.reason(stopped), stopped));
    }

    private Mono<Void> dispatch(DispatchRequest request) {
        return ports.campaigns()
                .findById(request.workspace(), request.campaign())
                .flatMap(this::dispatching)
                .flatMap(campaign -> campaign.dispatchedAt().isPresent()
                        ? fanOut.stillPending(campaign).then(reload(campaign)).flatMap(completion::ifSettled)
                        : fanOut.fromAudience(campaign).then(finish(campaign)))
                .then();
    }

    /** The campaign, moved to DISPATCHING if it was QUEUED; empty when it is not to be dispatched (any more). */
    private Mono<Campaign> dispatching(Campaign campaign) {
        return switch (campaign.status()) {
            case QUEUED ->
                Mono.justOrEmpty(campaign.startDispatch(crm.clock().instant()).toJavaOptional())
                        .flatMap(started -> ports.campaigns().transition(started, CampaignStatus.QUEUED))
                        .flatMap(stored -> ports.events()
                                .publish(new CampaignDispatchStarted(stored, stored.updatedAt()))
                                .thenReturn(stored))
                        // Another dispatcher started it first, or it was cancelled meanwhile.
                        .switchIfEmpty(reload(campaign))
                        .filter(current -> current.status() == CampaignStatus.DISPATCHING);
            case DISPATCHING -> Mono.just(campaign);
            case DRAFT, COMPLETED, CANCELLED, FAILED -> Mono.empty();
        };
    }

    /** Records that every delivery exists, then completes the campaign if none is pending any more. */
    private Mono<Void> finish(Campaign campaign) {
        return reload(campaign)
                .flatMap(current -> Mono.justOrEmpty(
                        current.finishDispatch(crm.clock().instant()).toJavaOptional()))
                .flatMap(finished -> ports.campaigns().transition(finished, CampaignStatus.DISPATCHING))
                .flatMap(completion::ifSettled)
                .then();
    }

    private Mono<Campaign> reload(Campaign campaign) {
        return ports.campaigns().findById(campaign.workspace(), campaign.id());
    }
}

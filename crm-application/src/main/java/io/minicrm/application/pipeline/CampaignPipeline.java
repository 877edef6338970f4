package io.minicrm.application.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PeriodicTask;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * One node's campaign pipeline: a dispatcher, its senders and a receipt writer sharing the ports; on start it asks
 * again for every campaign left queued or dispatching, since a queue may forget them and the steps repeat safely. While
 * it runs it asks again for campaigns that stay queued too long, as the queue may have been down when they were, and
 * completes dispatched campaigns left with nothing pending, as a step stopped between its last write and the completion
 * leaves nothing in the queue that would complete them; before that, it recounts dispatched campaigns whose counters
 * stalled with deliveries pending ({@link Recount}).
 */
public final class CampaignPipeline implements AutoCloseable {

    private static final Logger LOG = Loggers.getLogger(CampaignPipeline.class);

    private final PipelinePorts ports;
    private final CrmSettings crm;
    private final PipelineSettings settings;
    private final Completion completion;
    private final Recount recount;
    private final Disposable.Composite running = Disposables.composite();
    private final List<PeriodicTask> periodicTasks = new CopyOnWriteArrayList<>();

    public CampaignPipeline(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.crm = crm;
        this.settings = settings;
        this.completion = new Completion(ports.campaigns(), ports.events(), crm.clock());
        this.recount = new Recount(ports);
    }

    /** Lists the unfinished campaigns, starts every step, and completes once each of them is requested again. */
    public Mono<Void> start() {
        // Unfinished campaigns are listed before the dispatcher starts, lest it move one from QUEUED to DISPATCHING
        // between the two listings and have it requested twice.
        return Flux.concat(
                        ports.campaigns().findByStatus(CampaignStatus.QUEUED),
                        ports.campaigns().findByStatus(CampaignStatus.DISPATCHING))
                .map(campaign -> new DispatchRequest(campaign.workspace(), campaign.id()))
                .collectList()
                .doOnNext(unfinished -> startSteps())
                .flatMapMany(Flux::fromIterable)
                .concatMap(ports.queue()::requestDispatch)
                .then();
    }

    private void startSteps() {
        running.add(new Dispatcher(ports, crm, settings).start());
        IntStream.range(0, settings.senders()).forEach(sender -> running.add(new Sender(ports, crm, settings).start()));
        running.add(new ReceiptWriter(ports, crm, settings).start());
        PeriodicTask checks = PeriodicTask.start(
                "Checking on unfinished campaigns",
                settings.redispatchAfter(),
                crm.clock(),
                () -> requestStale().thenMany(recountStalled()).thenMany(completeSettled()));
        periodicTasks.add(checks);
        running.add(checks);
    }

    /** The checks this pipeline repeats while it runs; none before it starts. */
    public List<PeriodicTask> periodicTasks() {
        return List.copyOf(periodicTasks);
    }

    private Flux<Void> requestStale() {
        Instant queuedBefore = crm.clock().instant().minus(settings.redispatchAfter());
        return ports.campaigns()
                .findByStatus(CampaignStatus.QUEUED)
                .filter(campaign -> campaign.updatedAt().isBefore(queuedBefore))
                .concatMap(campaign ->
                        ports.queue().requestDispatch(new DispatchRequest(campaign.workspace(), campaign.id())))
                .onErrorResume(unreachable -> {
                    LOG.warn("Asking again for campaigns still queued failed; trying at the next check", unreachable);
                    return Flux.empty();
                });
    }

    private Flux<Campaign> recountStalled() {
        return recount.stalled().onErrorResume(unavailable -> {
            LOG.warn("Recounting stalled campaigns failed; trying at the next check", unavailable);
            return Flux.empty();
        });
    }

    private Flux<Campaign> completeSettled() {
        return ports.campaigns()
                .findByStatus(CampaignStatus.DISPATCHING)
                .filter(campaign -> campaign.dispatchedAt().isPresent()
                        && campaign.counters().pending() == 0)
                .concatMap(completion::ifSettled)
                .onErrorResume(unavailable -> {
                    LOG.warn("Completing settled campaigns failed; trying at the next check", unavailable);
                    return Flux.empty();
                });
    }

    /** Stops every step; what they had taken and not acknowledged is handed out again by the queue. */
    @Override
    public void close() {
        running.dispose();
    }
}

package io.minicrm.application.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.Work;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Records receipts in batches: one write for the deliveries, then one counter change per campaign; then, per campaign,
 * listeners are told of the batch once and the campaign is completed if it settled. A late or repeated receipt moves no
 * delivery, so it changes no counter and tells nobody. A batch that fails on every try, or still fails after the tries
 * allowed, is written one receipt at a time ({@link ReceiptsAlone}).
 */
public final class ReceiptWriter {

    private static final Logger LOG = Loggers.getLogger(ReceiptWriter.class);

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;
    private final Completion completion;
    private final ReceiptsAlone alone;

    public ReceiptWriter(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.clock = crm.clock();
        this.settings = settings;
        this.completion = new Completion(ports.campaigns(), ports.events(), clock);
        this.alone = new ReceiptsAlone(ports, clock, settings, this::tried);
    }

    /** Consumes receipts until disposed; a batch is acknowledged once all it changed is stored. */
    public Disposable start() {
        return ports.queue()
                .receipts()
                .bufferTimeout(settings.receiptBatch(), settings.receiptWindow(), true)
                .concatMap(batch -> tried(batch).onErrorResume(failure -> alone.after(batch, failure)), 1)
                .subscribe(
                        null, stopped -> LOG.error("A receipt writer stopped: " + Failures.reason(stopped), stopped));
    }

    private Mono<Void> tried(List<Work<Receipt>> batch) {
        return Retrying.atMost(
                settings.stepTries(),
                write(batch),
                settings.retryBackoff(),
                LOG,
                () -> "Writing " + batch.size() + " receipts");
    }

    private Mono<Void> write(List<Work<Receipt>> batch) {
        Instant now = clock.instant();
        return Uninterrupted.writes(ports.deliveries()
                        .applyReceipts(batch.stream().map(Work::payload).toList(), now)
                        .collectList()
                        .flatMap(moves -> count(moves, now).collectList()))
                .flatMapMany(counted -> Flux.fromIterable(counted)
                        .concatMap(written ->
                                ports.events().publish(written).then(completion.ifSettled(written.campaign()))))
                .thenMany(Flux.fromIterable(batch).concatMap(Work::acknowledge))
                .then();
    }

    /**
     * Adds each campaign's moves to its counters in one step; emits, per campaign, what the batch moved and the campaign
     * as it now stands, which is what listeners are told: one event per batch and campaign, never one per delivery.
     */
    private Flux<DeliveryBatch> count(List<DeliveryUpdated> moves, Instant now) {
        Map<CampaignKey, List<DeliveryUpdated>> byCampaign = moves.stream()
                .collect(Collectors.groupingBy(
                        move -> new CampaignKey(
                                move.workspace(), move.delivery().campaign()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return Flux.fromIterable(byCampaign.entrySet()).concatMap(campaign -> {
            CounterChange change = campaign.getValue().stream()
                    .map(move ->
                            CounterChange.moved(move.from(), move.delivery().status()))
                    .reduce(CounterChange::plus)
                    .orElseThrow();
            return Counting.untilCounted(
                            ports.campaigns(),
                            campaign.getKey().workspace(),
                            campaign.getKey().campaign(),
                            change,
                            settings)
                    .map(counted -> DeliveryBatch.moved(counted, campaign.getValue(), now));
        });
    }

    private record CampaignKey(WorkspaceId workspace, CampaignId campaign) {}
}

package io.minicrm.application.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.Campaign;
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
 * Records receipts in batches: one write for the deliveries, then one counter change per campaign, then the campaigns
 * that settled are completed. A late or repeated receipt moves no delivery, so it changes no counter.
 */
public final class ReceiptWriter {

    private static final Logger LOG = Loggers.getLogger(ReceiptWriter.class);

    private final PipelinePorts ports;
    private final Clock clock;
    private final PipelineSettings settings;
    private final Completion completion;

    public ReceiptWriter(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.clock = crm.clock();
        this.settings = settings;
        this.completion = new Completion(ports.campaigns(), ports.events(), clock);
    }

    /** Consumes receipts until disposed; a batch is acknowledged once all it changed is stored. */
    public Disposable start() {
        return ports.queue().receipts()
                .bufferTimeout(settings.receiptBatch(), settings.receiptWindow(), true)
                .concatMap(batch -> Retrying.untilDone(write(batch), settings.retryBackoff(), LOG,
                        "Writing " + batch.size() + " receipts"), 1)
                .subscribe();
    }

    private Mono<Void> write(List<Work<Receipt>> batch) {
        Instant now = clock.instant();
        return Uninterrupted.writes(ports.deliveries().applyReceipts(batch.stream().map(Work::payload).toList(), now)
                        .collectList()
                        .flatMap(moves -> count(moves).collectList().map(counted -> new Written(moves, counted))))
                .flatMap(written -> Flux.fromIterable(written.moves()).concatMap(ports.events()::publish)
                        .thenMany(Flux.fromIterable(written.counted()).concatMap(completion::ifSettled))
                        .then())
                .thenMany(Flux.fromIterable(batch).concatMap(Work::acknowledge))
                .then();
    }

    /** Adds each campaign's moves to its counters in one step; emits the campaigns as they now stand. */
    private Flux<Campaign> count(List<DeliveryUpdated> moves) {
        Map<CampaignKey, CounterChange> changes = new LinkedHashMap<>();
        moves.forEach(move -> changes.merge(new CampaignKey(move.workspace(), move.delivery().campaign()),
                CounterChange.moved(move.from(), move.delivery().status()), CounterChange::plus));
        return Flux.fromIterable(changes.entrySet())
                .concatMap(change -> ports.campaigns().count(change.getKey().workspace(), change.getKey().campaign(),
                        change.getValue()));
    }

    private record CampaignKey(WorkspaceId workspace, CampaignId campaign) {
    }

    /** The deliveries a batch moved and their campaigns as counted. */
    private record Written(List<DeliveryUpdated> moves, List<Campaign> counted) {
    }
}

package io.minicrm.application.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Puts right the counters of dispatched campaigns that stopped moving while still counting deliveries as pending. A
 * process that died between storing deliveries and counting them leaves counters that no repeated work corrects, and a
 * campaign that would never complete. A campaign whose counters are the same as at the previous check is counted afresh
 * from its deliveries, and counters that disagree are replaced, unless they moved in the meantime.
 */
final class Recount {

    private static final Logger LOG = Loggers.getLogger(Recount.class);

    private final PipelinePorts ports;
    private volatile Map<CampaignKey, CampaignCounters> seenLastTime = Map.of();

    Recount(PipelinePorts ports) {
        this.ports = ports;
    }

    /** The campaigns recounted at this check, as they now stand; checks are meant to come one after another. */
    Flux<Campaign> stalled() {
        Map<CampaignKey, CampaignCounters> before = seenLastTime;
        Map<CampaignKey, CampaignCounters> seen = new ConcurrentHashMap<>();
        return ports.campaigns()
                .findByStatus(CampaignStatus.DISPATCHING)
                .filter(campaign -> campaign.dispatchedAt().isPresent()
                        && campaign.counters().pending() > 0)
                .doOnNext(campaign -> seen.put(CampaignKey.of(campaign), campaign.counters()))
                .filter(campaign -> campaign.counters().equals(before.get(CampaignKey.of(campaign))))
                .concatMap(this::recounted)
                .doOnComplete(() -> seenLastTime = seen);
    }

    private Mono<Campaign> recounted(Campaign campaign) {
        return ports.deliveries()
                .countByStatus(campaign.workspace(), campaign.id())
                .map(Recount::counters)
                .filter(counted -> !counted.equals(campaign.counters()))
                .flatMap(counted -> ports.campaigns()
                        .recount(campaign.workspace(), campaign.id(), campaign.counters(), counted)
                        .doOnNext(recounted ->
                                LOG.warn("Campaign " + campaign.id() + " in " + campaign.workspace() + " counted "
                                        + campaign.counters() + " but its deliveries are " + counted + "; recounted")));
    }

    private static CampaignCounters counters(Map<DeliveryStatus, Long> byStatus) {
        long pending = byStatus.getOrDefault(DeliveryStatus.PENDING, 0L);
        long sent = byStatus.getOrDefault(DeliveryStatus.SENT, 0L);
        long delivered = byStatus.getOrDefault(DeliveryStatus.DELIVERED, 0L);
        long failed = byStatus.getOrDefault(DeliveryStatus.FAILED, 0L);
        long skipped = byStatus.getOrDefault(DeliveryStatus.SKIPPED, 0L);
        long suppressed = byStatus.getOrDefault(DeliveryStatus.SUPPRESSED, 0L);
        return new CampaignCounters(
                pending + sent + delivered + failed + skipped + suppressed,
                pending,
                sent,
                delivered,
                failed,
                skipped,
                suppressed);
    }

    private record CampaignKey(WorkspaceId workspace, CampaignId campaign) {

        static CampaignKey of(Campaign campaign) {
            return new CampaignKey(campaign.workspace(), campaign.id());
        }
    }
}

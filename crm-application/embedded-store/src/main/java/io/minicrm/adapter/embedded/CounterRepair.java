package io.minicrm.adapter.embedded;

import java.util.Map;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.DeliveryStatus;
import reactor.core.publisher.Flux;

/**
 * Recounts, at start, the campaigns a stopped process may have left mid-way (queued or dispatching) from their
 * deliveries. The pipeline stores deliveries and counts them in two writes; a process killed between the two leaves
 * counters short, which its own recount repairs only while deliveries are pending. Here both lie in one file and
 * nothing else runs yet, so the counters are set to what the deliveries say before the pipeline resumes.
 */
final class CounterRepair {

    private CounterRepair() {}

    static void recount(CampaignStore campaigns, DeliveryStore deliveries) {
        Flux.concat(campaigns.findByStatus(CampaignStatus.QUEUED), campaigns.findByStatus(CampaignStatus.DISPATCHING))
                .concatMap(campaign -> deliveries
                        .countByStatus(campaign.workspace(), campaign.id())
                        .map(CounterRepair::counters)
                        .filter(recounted -> !recounted.equals(campaign.counters()))
                        .flatMap(recounted ->
                                campaigns.recount(campaign.workspace(), campaign.id(), campaign.counters(), recounted)))
                .then()
                .block();
    }

    private static CampaignCounters counters(Map<DeliveryStatus, Long> counted) {
        long pending = counted.get(DeliveryStatus.PENDING);
        long sent = counted.get(DeliveryStatus.SENT);
        long delivered = counted.get(DeliveryStatus.DELIVERED);
        long failed = counted.get(DeliveryStatus.FAILED);
        return new CampaignCounters(pending + sent + delivered + failed, pending, sent, delivered, failed);
    }
}

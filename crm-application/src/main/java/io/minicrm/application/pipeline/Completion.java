package io.minicrm.application.pipeline;

import java.time.Clock;
import java.time.Instant;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignStatus;
import reactor.core.publisher.Mono;

/** Completes a campaign that has settled and tells listeners; both steps that may settle one come through here. */
final class Completion {

    private final CampaignStore campaigns;
    private final EventPublisher events;
    private final Clock clock;

    Completion(CampaignStore campaigns, EventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Completes the campaign if, as given, it is dispatching, finished dispatching and has nothing pending; the store's
     * compare-and-set lets only one of the steps that find it settled complete it. Empty when nothing was completed.
     */
    Mono<Campaign> ifSettled(Campaign campaign) {
        Instant now = clock.instant();
        return Mono.justOrEmpty(campaign.complete(now).toJavaOptional())
                .flatMap(completed -> campaigns.transition(completed, CampaignStatus.DISPATCHING))
                .flatMap(stored ->
                        events.publish(new CampaignCompleted(stored, now)).thenReturn(stored));
    }
}

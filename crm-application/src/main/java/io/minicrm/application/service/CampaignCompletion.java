package io.minicrm.application.service;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Waits for a campaign to finish. It listens for the campaign's events before it first reads the stored campaign, so
 * no change made before or during the call is missed, and reads it again on each of them; the store has the last
 * word, and it is read at a steady pace besides, for events are notification only and may be lost.
 */
public final class CampaignCompletion {

    /** How often the stored campaign is read while no event of it arrives. */
    public static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    private static final Set<CampaignStatus> FINISHED =
            EnumSet.of(CampaignStatus.COMPLETED, CampaignStatus.CANCELLED, CampaignStatus.FAILED);

    private final CampaignStore campaigns;
    private final EventStream events;
    private final Mono<Void> closed;

    /** A wait in progress fails with an {@link IllegalStateException} once {@code closed} completes. */
    public CampaignCompletion(CampaignStore campaigns, EventStream events, Mono<Void> closed) {
        this.campaigns = campaigns;
        this.events = events;
        this.closed = closed;
    }

    public Mono<Campaign> of(WorkspaceId workspace, CampaignId id) {
        // Flux.merge subscribes in order: the events first, then the ticks, whose first comes at once.
        Flux<Object> looks = Flux.merge(
                events.live().filter(event -> concerns(event, workspace, id)).onErrorComplete(),
                Flux.interval(Duration.ZERO, LOOK_AGAIN));
        Mono<Campaign> finished = looks.onBackpressureLatest()
                .concatMap(
                        look -> campaigns.findById(workspace, id).switchIfEmpty(CrmException.notFound("campaign", id)),
                        1)
                .filter(campaign -> FINISHED.contains(campaign.status()))
                .next();
        return finished.or(closed.then(Mono.error(
                () -> new IllegalStateException("the engine was closed before campaign " + id + " finished"))));
    }

    private static boolean concerns(LiveEvent event, WorkspaceId workspace, CampaignId id) {
        return event.workspace().equals(workspace.value())
                && id.value().equals(event.data().get("campaignId"));
    }
}

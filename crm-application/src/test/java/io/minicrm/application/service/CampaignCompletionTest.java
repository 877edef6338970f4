package io.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.minicrm.application.CrmException;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class CampaignCompletionTest {

    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final InMemoryCampaignStore stored = new InMemoryCampaignStore();
    private final InMemoryEventBus bus = new InMemoryEventBus(Schedulers.immediate());

    /** A campaign whose every delivery is settled, not yet marked complete. */
    private Campaign settled(String id) {
        Campaign campaign = Campaign.draft(
                        SHOP,
                        new CampaignId(id),
                        new NewCampaign("Sale", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FieldCatalogue.standard(),
                        "mira",
                        NOW)
                .flatMap(draft -> draft.queue(Rule.all(), NOW))
                .flatMap(queued -> queued.startDispatch(NOW))
                .flatMap(dispatching -> dispatching.finishDispatch(NOW))
                .get();
        return stored.insert(campaign).block(PATIENCE);
    }

    /** Completes the stored campaign; tells listeners only when asked. */
    private Campaign complete(Campaign campaign, boolean told) {
        Campaign completed = stored.transition(campaign.complete(NOW).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);
        if (told) {
            bus.publish(new CampaignCompleted(completed, NOW)).block(PATIENCE);
        }
        return completed;
    }

    @Test
    void
            a_campaign_that_completes_right_after_the_first_look_is_seen_through_its_event_without_waiting_for_the_next_look() {
        Campaign campaign = settled("k-1");
        AtomicBoolean firstLook = new AtomicBoolean(true);
        CampaignStore store = new ForwardingCampaignStore(stored) {
            @Override
            public Mono<Campaign> findById(WorkspaceId workspace, CampaignId id) {
                return super.findById(workspace, id).doOnNext(seen -> {
                    if (firstLook.getAndSet(false)) {
                        complete(campaign, true);
                    }
                });
            }
        };

        // Virtual time stands still: only the event can lead to a second look.
        StepVerifier.withVirtualTime(() -> new CampaignCompletion(store, bus, Mono.never()).of(SHOP, campaign.id()))
                .assertNext(finished -> assertThat(finished.status()).isEqualTo(CampaignStatus.COMPLETED))
                .verifyComplete();
    }

    @Test
    void a_campaign_finished_before_the_call_is_emitted_at_once() {
        Campaign campaign = complete(settled("k-1"), true);

        StepVerifier.withVirtualTime(() -> new CampaignCompletion(stored, bus, Mono.never()).of(SHOP, campaign.id()))
                .expectNext(campaign)
                .verifyComplete();
    }

    @Test
    void a_campaign_whose_event_is_lost_is_seen_at_the_next_look() {
        Campaign campaign = settled("k-1");

        StepVerifier.withVirtualTime(() -> new CampaignCompletion(stored, bus, Mono.never()).of(SHOP, campaign.id()))
                .expectSubscription()
                .then(() -> complete(campaign, false))
                .expectNoEvent(CampaignCompletion.LOOK_AGAIN.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .assertNext(finished -> assertThat(finished.status()).isEqualTo(CampaignStatus.COMPLETED))
                .verifyComplete();
    }

    @Test
    void waiting_for_a_campaign_not_in_the_workspace_is_refused_as_not_found() {
        Campaign campaign = settled("k-1");

        StepVerifier.create(
                        new CampaignCompletion(stored, bus, Mono.never()).of(new WorkspaceId("other"), campaign.id()))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                CrmException.class,
                                refusal -> assertThat(refusal.problem()).isInstanceOf(Problem.NotFound.class)))
                .verify(PATIENCE);
    }

    @Test
    void a_wait_still_open_when_the_engine_closes_fails_saying_so() {
        Campaign campaign = settled("k-1");
        Sinks.Empty<Void> closed = Sinks.empty();

        StepVerifier.create(new CampaignCompletion(stored, bus, closed.asMono()).of(SHOP, campaign.id()))
                .expectSubscription()
                .then(closed::tryEmitEmpty)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed before campaign k-1 finished"))
                .verify(PATIENCE);
    }
}

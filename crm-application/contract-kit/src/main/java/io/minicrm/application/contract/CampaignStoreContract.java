package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.dispatching;
import static io.minicrm.application.contract.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** What every {@link CampaignStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class CampaignStoreContract {

    private static final CounterChange SENT_ONE = CounterChange.moved(DeliveryStatus.PENDING, DeliveryStatus.SENT);

    private CampaignStore store;

    protected abstract CampaignStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void finds_an_inserted_campaign() {
        Campaign campaign = draft(A, "k-1", NOW);

        StepVerifier.create(store.insert(campaign)).expectNext(campaign).verifyComplete();

        assertThat(store.findById(A, campaign.id()).block()).isEqualTo(campaign);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        StepVerifier.create(store.findById(A, new CampaignId("k-1"))).verifyComplete();
    }

    @Test
    void refuses_a_second_campaign_with_the_same_id() {
        Campaign campaign = insert(draft(A, "k-1", NOW));

        Refused.asConflict(store.insert(draft(A, "k-1", NOW.plusSeconds(1))));

        assertThat(store.findById(A, campaign.id()).block()).isEqualTo(campaign);
    }

    @Test
    void a_transition_from_the_expected_status_stores_the_change() {
        Campaign queued = insert(draft(A, "k-1", NOW))
                .queue(Rule.all(), NOW.plusSeconds(1))
                .get();

        StepVerifier.create(store.transition(queued, CampaignStatus.DRAFT))
                .expectNext(queued)
                .verifyComplete();

        assertThat(store.findById(A, queued.id()).block()).isEqualTo(queued);
    }

    @Test
    void a_transition_from_a_stale_status_gives_empty_and_changes_nothing() {
        Campaign draft = insert(draft(A, "k-1", NOW));
        Campaign queued = store.transition(draft.queue(Rule.all(), NOW).get(), CampaignStatus.DRAFT)
                .block();

        StepVerifier.create(store.transition(draft.cancel(NOW.plusSeconds(1)).get(), CampaignStatus.DRAFT))
                .verifyComplete();

        assertThat(store.findById(A, draft.id()).block()).isEqualTo(queued);
    }

    @Test
    void a_transition_of_an_unknown_campaign_gives_empty() {
        StepVerifier.create(store.transition(draft(A, "k-1", NOW).cancel(NOW).get(), CampaignStatus.DRAFT))
                .verifyComplete();

        StepVerifier.create(store.findById(A, new CampaignId("k-1"))).verifyComplete();
    }

    @Test
    void a_transition_keeps_the_counters_as_stored() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        store.count(A, dispatching.id(), CounterChange.audienceAdded(5)).block();

        Campaign failed = store.transition(
                        dispatching.fail("vendor down", NOW.plusSeconds(1)).get(), CampaignStatus.DISPATCHING)
                .block();

        assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);
        assertThat(failed.failureReason()).contains("vendor down");
        assertThat(failed.counters()).isEqualTo(new CampaignCounters(5, 5, 0, 0, 0));
        assertThat(store.findById(A, dispatching.id()).block()).isEqualTo(failed);
    }

    @Test
    void completing_while_the_stored_counters_show_pending_deliveries_gives_empty() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        store.count(A, dispatching.id(), CounterChange.audienceAdded(1)).block();

        StepVerifier.create(store.transition(
                        dispatching
                                .finishDispatch(NOW)
                                .flatMap(dispatched -> dispatched.complete(NOW))
                                .get(),
                        CampaignStatus.DISPATCHING))
                .verifyComplete();

        assertThat(store.findById(A, dispatching.id()).block().status()).isEqualTo(CampaignStatus.DISPATCHING);
    }

    @Test
    void only_one_of_many_concurrent_transitions_from_a_status_takes_effect() {
        Campaign draft = insert(draft(A, "k-1", NOW));

        List<Campaign> moved = Concurrently.call(
                100,
                n -> store.transition(
                        draft.queue(Rule.all(), NOW.plusSeconds(n)).get(), CampaignStatus.DRAFT));

        assertThat(moved).hasSize(1);
        assertThat(store.findById(A, draft.id()).block()).isEqualTo(moved.getFirst());
    }

    @Test
    void counting_adds_the_change_to_the_stored_counters() {
        Campaign dispatching = insert(dispatching(A, "k-1"));

        store.count(A, dispatching.id(), CounterChange.audienceAdded(3)).block();
        Campaign counted = store.count(
                        A,
                        dispatching.id(),
                        SENT_ONE.plus(CounterChange.moved(DeliveryStatus.PENDING, DeliveryStatus.FAILED)))
                .block();

        assertThat(counted.counters()).isEqualTo(new CampaignCounters(3, 1, 1, 0, 1));
        assertThat(store.findById(A, dispatching.id()).block()).isEqualTo(counted);
    }

    @Test
    void counting_that_would_take_a_counter_below_zero_changes_nothing_and_gives_empty() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        store.count(A, dispatching.id(), CounterChange.audienceAdded(2)).block();
        Campaign counted = store.count(A, dispatching.id(), SENT_ONE).block();

        StepVerifier.create(store.count(
                        A,
                        dispatching.id(),
                        CounterChange.moved(DeliveryStatus.SENT, DeliveryStatus.DELIVERED)
                                .plus(CounterChange.moved(DeliveryStatus.SENT, DeliveryStatus.FAILED))))
                .verifyComplete();

        assertThat(store.findById(A, dispatching.id()).block()).isEqualTo(counted);
        assertThat(counted.counters()).isEqualTo(new CampaignCounters(2, 1, 1, 0, 0));
    }

    @Test
    void recounting_replaces_the_counters_only_while_they_are_as_seen() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        CampaignCounters seen = store.count(A, dispatching.id(), CounterChange.audienceAdded(3))
                .block()
                .counters();
        CampaignCounters recounted = new CampaignCounters(3, 1, 2, 0, 0);

        Campaign replaced = store.recount(A, dispatching.id(), seen, recounted).block();
        StepVerifier.create(store.recount(A, dispatching.id(), seen, new CampaignCounters(3, 0, 3, 0, 0)))
                .verifyComplete();
        StepVerifier.create(store.recount(B, dispatching.id(), recounted, seen)).verifyComplete();

        assertThat(replaced.counters()).isEqualTo(recounted);
        assertThat(store.findById(A, dispatching.id()).block()).isEqualTo(replaced);
    }

    @Test
    void skipped_and_suppressed_customers_are_counted_and_recounted_with_the_rest() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        CampaignCounters seen = store.count(A, dispatching.id(), CounterChange.created(3, 2, 1))
                .block()
                .counters();
        CampaignCounters recounted = new CampaignCounters(7, 2, 1, 0, 0, 3, 1);

        Campaign replaced = store.recount(A, dispatching.id(), seen, recounted).block();

        assertThat(seen).isEqualTo(new CampaignCounters(6, 3, 0, 0, 0, 2, 1));
        assertThat(replaced.counters()).isEqualTo(recounted);
        assertThat(store.findById(A, dispatching.id()).block().counters()).isEqualTo(recounted);
    }

    @Test
    void counting_for_an_unknown_campaign_gives_empty() {
        StepVerifier.create(store.count(A, new CampaignId("k-1"), CounterChange.audienceAdded(1)))
                .verifyComplete();
    }

    @Test
    void a_thousand_concurrent_counts_add_up_exactly() {
        Campaign dispatching = insert(dispatching(A, "k-1"));

        Concurrently.call(1_000, n -> store.count(A, dispatching.id(), CounterChange.audienceAdded(1)));
        Concurrently.call(1_000, n -> store.count(A, dispatching.id(), SENT_ONE));

        assertThat(store.findById(A, dispatching.id()).block().counters())
                .isEqualTo(new CampaignCounters(1_000, 0, 1_000, 0, 0));
    }

    @Test
    void a_transition_and_counts_made_at_once_keep_each_others_effect() {
        Campaign dispatching = insert(dispatching(A, "k-1"));
        store.count(A, dispatching.id(), CounterChange.audienceAdded(500)).block();
        Campaign failed = dispatching.fail("vendor down", NOW.plusSeconds(1)).get();

        Concurrently.call(
                501,
                n -> n == 250
                        ? store.transition(failed, CampaignStatus.DISPATCHING)
                        : store.count(A, dispatching.id(), SENT_ONE));

        Campaign stored = store.findById(A, dispatching.id()).block();
        assertThat(stored.status()).isEqualTo(CampaignStatus.FAILED);
        assertThat(stored.counters()).isEqualTo(new CampaignCounters(500, 0, 500, 0, 0));
    }

    @Test
    void lists_campaigns_newest_first_optionally_in_one_status() {
        insert(draft(A, "k-1", NOW.minusSeconds(60)));
        insert(draft(A, "k-2", NOW));
        insert(dispatching(A, "k-3"));
        insert(draft(A, "k-4", NOW.minusSeconds(120)));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Page<Campaign> campaigns = store.list(A, Optional.empty(), Optional.empty(), new PageRequest(page, 3))
                    .block();
            assertThat(campaigns.total()).isEqualTo(4);
            paged.addAll(ids(campaigns));
        }
        Page<Campaign> drafts = store.list(A, Optional.of(CampaignStatus.DRAFT), Optional.empty(), PageRequest.FIRST)
                .block();

        assertThat(paged).containsExactly("k-3", "k-2", "k-1", "k-4");
        assertThat(ids(drafts)).containsExactly("k-2", "k-1", "k-4");
        assertThat(drafts.total()).isEqualTo(3);
    }

    @Test
    void finds_the_campaigns_in_a_status_in_every_workspace() {
        Campaign inA = insert(dispatching(A, "k-1"));
        Campaign inB = insert(dispatching(B, "k-1"));
        insert(draft(A, "k-2", NOW));

        assertThat(store.findByStatus(CampaignStatus.DISPATCHING).collectList().block())
                .containsExactlyInAnyOrder(inA, inB);
    }

    @Test
    void counts_campaigns_by_status_with_every_status_present() {
        insert(draft(A, "k-1", NOW));
        insert(draft(A, "k-2", NOW));
        insert(dispatching(A, "k-3"));

        Map<CampaignStatus, Long> counts = store.countByStatus(A).block();

        assertThat(counts)
                .containsOnlyKeys(CampaignStatus.values())
                .containsEntry(CampaignStatus.DRAFT, 2L)
                .containsEntry(CampaignStatus.DISPATCHING, 1L)
                .containsEntry(CampaignStatus.COMPLETED, 0L);
    }

    @Test
    void a_workspace_can_neither_see_nor_change_another_workspaces_campaigns() {
        Campaign campaign = insert(draft(A, "k-1", NOW));

        StepVerifier.create(store.findById(B, campaign.id())).verifyComplete();
        assertThat(store.list(B, Optional.empty(), Optional.empty(), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
        assertThat(store.countByStatus(B).block()).containsEntry(CampaignStatus.DRAFT, 0L);
        StepVerifier.create(store.count(B, campaign.id(), CounterChange.audienceAdded(1)))
                .verifyComplete();
        StepVerifier.create(store.transition(draft(B, "k-1", NOW).cancel(NOW).get(), CampaignStatus.DRAFT))
                .verifyComplete();
        StepVerifier.create(store.retag(tagged(draft(B, "k-1", NOW), "festive")))
                .verifyComplete();

        assertThat(store.findById(A, campaign.id()).block()).isEqualTo(campaign);
    }

    @Test
    void two_workspaces_may_hold_campaigns_of_the_same_id() {
        Campaign inA = insert(draft(A, "k-1", NOW));
        Campaign inB = insert(draft(B, "k-1", NOW));

        store.transition(inB.cancel(NOW).get(), CampaignStatus.DRAFT).block();

        assertThat(store.findById(A, inA.id()).block()).isEqualTo(inA);
        assertThat(store.findById(B, inB.id()).block().status()).isEqualTo(CampaignStatus.CANCELLED);
    }

    @Test
    void stores_a_campaigns_tags_and_reads_them_back() {
        Campaign draft = insert(draft(A, "k-1", NOW));
        Campaign tagged = tagged(draft, "win-back", "festive");

        StepVerifier.create(store.retag(tagged)).expectNext(tagged).verifyComplete();

        assertThat(store.findById(A, draft.id()).block()).isEqualTo(tagged);
        assertThat(store.retag(tagged(draft)).block().tags()).isEmpty();
        assertThat(store.findById(A, draft.id()).block().tags()).isEmpty();
    }

    @Test
    void retagging_an_unknown_campaign_gives_empty() {
        StepVerifier.create(store.retag(tagged(draft(A, "k-1", NOW), "festive")))
                .verifyComplete();
    }

    @Test
    void tags_set_while_another_node_moves_or_counts_the_campaign_are_kept() {
        Campaign draft = insert(draft(A, "k-1", NOW));
        store.retag(tagged(draft, "win-back")).block();

        Campaign queued = store.transition(
                        draft.queue(Rule.all(), NOW.plusSeconds(2)).get(), CampaignStatus.DRAFT)
                .block();
        Campaign counted =
                store.count(A, draft.id(), CounterChange.audienceAdded(3)).block();

        assertThat(queued.tags()).containsExactly("win-back");
        assertThat(counted.tags()).containsExactly("win-back");
        assertThat(store.findById(A, draft.id()).block().status()).isEqualTo(CampaignStatus.QUEUED);
    }

    @Test
    void the_tags_keep_the_status_and_counters_another_node_stored_meanwhile() {
        Campaign draft = insert(draft(A, "k-1", NOW));
        store.transition(draft.queue(Rule.all(), NOW.plusSeconds(2)).get(), CampaignStatus.DRAFT)
                .block();
        store.count(A, draft.id(), CounterChange.audienceAdded(3)).block();

        Campaign retagged = store.retag(tagged(draft, "reminder")).block();

        assertThat(retagged.status()).isEqualTo(CampaignStatus.QUEUED);
        assertThat(retagged.counters().audience()).isEqualTo(3);
        assertThat(retagged.tags()).containsExactly("reminder");
        assertThat(retagged.updatedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void lists_only_the_campaigns_filed_under_a_tag_optionally_in_one_status() {
        store.retag(tagged(insert(draft(A, "k-1", NOW.minusSeconds(60))), "win-back", "festive"))
                .block();
        store.retag(tagged(insert(draft(A, "k-2", NOW)), "festive")).block();
        store.retag(tagged(insert(dispatching(A, "k-3")), "win-back")).block();
        insert(draft(A, "k-4", NOW.minusSeconds(120)));
        store.retag(tagged(insert(draft(B, "k-5", NOW)), "win-back")).block();

        Page<Campaign> winBack = store.list(A, Optional.empty(), Optional.of("win-back"), PageRequest.FIRST)
                .block();
        Page<Campaign> winBackDrafts = store.list(
                        A, Optional.of(CampaignStatus.DRAFT), Optional.of("win-back"), PageRequest.FIRST)
                .block();

        assertThat(ids(winBack)).containsExactly("k-3", "k-1");
        assertThat(winBack.total()).isEqualTo(2);
        assertThat(ids(winBackDrafts)).containsExactly("k-1");
        assertThat(store.list(A, Optional.empty(), Optional.of("loyalty"), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
    }

    private static Campaign tagged(Campaign campaign, String... tags) {
        return campaign.retag(List.of(tags), List.of(), NOW.plusSeconds(1)).get();
    }

    private Campaign insert(Campaign campaign) {
        return store.insert(campaign).block();
    }

    private static List<String> ids(Page<Campaign> page) {
        return page.items().stream().map(campaign -> campaign.id().value()).toList();
    }
}

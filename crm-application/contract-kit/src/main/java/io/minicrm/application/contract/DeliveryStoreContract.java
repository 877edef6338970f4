package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.delivery;
import static io.minicrm.application.contract.Fixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** What every {@link DeliveryStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class DeliveryStoreContract {

    private static final Instant LATER = NOW.plusSeconds(60);
    private static final CampaignId CAMPAIGN = new CampaignId("k-1");

    private DeliveryStore store;

    protected abstract DeliveryStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void inserting_new_deliveries_stores_and_emits_them() {
        Delivery first = delivery(A, "k-1", "c-1");
        Delivery second = delivery(A, "k-1", "c-2");

        StepVerifier.create(store.insertNew(List.of(first, second)))
                .expectNext(first, second)
                .verifyComplete();

        assertThat(store.findById(first.id()).block()).isEqualTo(first);
    }

    @Test
    void inserting_new_deliveries_skips_those_already_stored_and_leaves_them_as_they_are() {
        Delivery first = insert(delivery(A, "k-1", "c-1"));
        Delivery attempted = store.attempt(first.id(), LATER).block();
        Delivery second = delivery(A, "k-1", "c-2");

        StepVerifier.create(store.insertNew(List.of(first, second)))
                .expectNext(second)
                .verifyComplete();

        assertThat(store.findById(first.id()).block()).isEqualTo(attempted);
    }

    @Test
    void inserting_new_deliveries_skips_repeats_within_the_batch() {
        Delivery first = delivery(A, "k-1", "c-1");

        StepVerifier.create(store.insertNew(List.of(first, first)))
                .expectNext(first)
                .verifyComplete();

        assertThat(store.countByStatus(A).block()).containsEntry(DeliveryStatus.PENDING, 1L);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        StepVerifier.create(store.findById(delivery(A, "k-1", "c-1").id())).verifyComplete();
    }

    @Test
    void an_attempt_counts_one_more_try_while_the_delivery_is_pending() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));

        store.attempt(pending.id(), NOW).block();
        Delivery attempted = store.attempt(pending.id(), LATER).block();

        assertThat(attempted.attempts()).isEqualTo(2);
        assertThat(attempted.updatedAt()).isEqualTo(LATER);
        assertThat(store.findById(pending.id()).block()).isEqualTo(attempted);
    }

    @Test
    void an_attempt_at_a_delivery_no_longer_pending_gives_empty() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));
        store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.SENT)), NOW)
                .blockLast();

        StepVerifier.create(store.attempt(pending.id(), LATER)).verifyComplete();

        assertThat(store.findById(pending.id()).block().attempts()).isZero();
    }

    @Test
    void an_attempt_at_an_unknown_delivery_gives_empty() {
        StepVerifier.create(store.attempt(delivery(A, "k-1", "c-1").id(), NOW)).verifyComplete();
    }

    @Test
    void a_receipt_moves_its_delivery_forward_and_tells_where_from() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));

        List<DeliveryUpdated> updates = store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.SENT)), LATER)
                .collectList()
                .block();

        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.from()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(update.delivery().status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(update.delivery().vendorId()).contains("vendor-" + pending.id());
            assertThat(update.occurredAt()).isEqualTo(LATER);
            assertThat(store.findById(pending.id()).block()).isEqualTo(update.delivery());
        });
    }

    @Test
    void a_repeated_receipt_changes_nothing() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));
        store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.SENT)), NOW)
                .blockLast();
        Delivery sent = store.findById(pending.id()).block();

        StepVerifier.create(store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.SENT)), LATER))
                .verifyComplete();

        assertThat(store.findById(pending.id()).block()).isEqualTo(sent);
    }

    @Test
    void a_late_receipt_changes_nothing() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));
        store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.DELIVERED)), NOW)
                .blockLast();

        StepVerifier.create(store.applyReceipts(
                        List.of(
                                receipt(pending.id(), DeliveryStatus.SENT),
                                receipt(pending.id(), DeliveryStatus.FAILED)),
                        LATER))
                .verifyComplete();

        assertThat(store.findById(pending.id()).block().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(store.countByStatus(A).block())
                .containsEntry(DeliveryStatus.DELIVERED, 1L)
                .containsEntry(DeliveryStatus.SENT, 0L);
    }

    @Test
    void counts_one_campaigns_deliveries_by_status_with_every_status_present() {
        Delivery sent = insert(delivery(A, "k-1", "c-1"));
        insert(delivery(A, "k-1", "c-2"));
        insert(delivery(A, "k-2", "c-1"));
        insert(delivery(B, "k-1", "c-3"));
        store.applyReceipts(List.of(receipt(sent.id(), DeliveryStatus.SENT)), NOW)
                .blockLast();

        assertThat(store.countByStatus(A, new CampaignId("k-1")).block())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DeliveryStatus.PENDING,
                        1L,
                        DeliveryStatus.SENT,
                        1L,
                        DeliveryStatus.DELIVERED,
                        0L,
                        DeliveryStatus.FAILED,
                        0L,
                        DeliveryStatus.SKIPPED,
                        0L,
                        DeliveryStatus.SUPPRESSED,
                        0L));
        assertThat(store.countByStatus(B, new CampaignId("k-2")).block())
                .containsOnlyKeys(DeliveryStatus.values())
                .allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Test
    void skipped_and_suppressed_deliveries_are_kept_counted_and_never_moved_by_a_receipt() {
        Delivery skipped = Delivery.skipped(A, new CampaignId("k-1"), new CustomerId("c-1"), NOW);
        Delivery suppressed =
                Delivery.suppressed(A, new CampaignId("k-1"), new CustomerId("c-2"), "c-2@example.com", NOW);
        store.insertNew(List.of(skipped, suppressed)).blockLast();

        StepVerifier.create(store.applyReceipts(
                        List.of(
                                receipt(skipped.id(), DeliveryStatus.SENT),
                                receipt(suppressed.id(), DeliveryStatus.FAILED)),
                        NOW))
                .verifyComplete();

        assertThat(store.findById(skipped.id()).block()).isEqualTo(skipped);
        assertThat(store.findById(suppressed.id()).block()).isEqualTo(suppressed);
        assertThat(store.countByStatus(A, new CampaignId("k-1")).block())
                .containsEntry(DeliveryStatus.SKIPPED, 1L)
                .containsEntry(DeliveryStatus.SUPPRESSED, 1L)
                .containsEntry(DeliveryStatus.PENDING, 0L);
    }

    @Test
    void a_receipt_for_an_unknown_delivery_is_ignored() {
        StepVerifier.create(store.applyReceipts(
                        List.of(receipt(delivery(A, "k-1", "c-1").id(), DeliveryStatus.SENT)), NOW))
                .verifyComplete();
    }

    @Test
    void one_batch_of_receipts_moves_each_delivery_in_the_order_given() {
        Delivery first = insert(delivery(A, "k-1", "c-1"));
        Delivery second = insert(delivery(A, "k-1", "c-2"));
        Delivery third = insert(delivery(A, "k-1", "c-3"));

        List<DeliveryUpdated> updates = store.applyReceipts(
                        List.of(
                                receipt(first.id(), DeliveryStatus.SENT),
                                receipt(second.id(), DeliveryStatus.DELIVERED),
                                receipt(third.id(), DeliveryStatus.FAILED),
                                receipt(first.id(), DeliveryStatus.DELIVERED)),
                        LATER)
                .collectList()
                .block();

        assertThat(updates)
                .extracting(update -> update.delivery().id().value() + " " + update.from() + ">"
                        + update.delivery().status())
                .containsExactly(
                        first.id() + " PENDING>SENT",
                        second.id() + " PENDING>DELIVERED",
                        third.id() + " PENDING>FAILED",
                        first.id() + " SENT>DELIVERED");
        assertThat(store.findById(third.id()).block().failureReason()).contains("reason FAILED");
    }

    @Test
    void a_receipt_applied_by_many_callers_at_once_moves_its_delivery_once() {
        Delivery pending = insert(delivery(A, "k-1", "c-1"));

        List<List<DeliveryUpdated>> updates = Concurrently.call(
                100,
                n -> store.applyReceipts(List.of(receipt(pending.id(), DeliveryStatus.SENT)), NOW.plusSeconds(n))
                        .collectList());

        assertThat(updates.stream().mapToInt(List::size).sum()).isEqualTo(1);
        assertThat(store.countByStatus(A).block())
                .containsEntry(DeliveryStatus.PENDING, 0L)
                .containsEntry(DeliveryStatus.SENT, 1L);
    }

    @Test
    void lists_a_campaigns_deliveries_in_id_order_optionally_in_one_status() {
        List.of("c-5", "c-2", "c-4", "c-1", "c-3").forEach(customer -> insert(delivery(A, "k-1", customer)));
        insert(delivery(A, "k-2", "c-9"));
        store.applyReceipts(List.of(receipt(delivery(A, "k-1", "c-4").id(), DeliveryStatus.SENT)), NOW)
                .blockLast();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Page<Delivery> deliveries = store.list(A, CAMPAIGN, Optional.empty(), new PageRequest(page, 3))
                    .block();
            assertThat(deliveries.total()).isEqualTo(5);
            paged.addAll(customers(deliveries.items()));
        }
        Page<Delivery> pending = store.list(A, CAMPAIGN, Optional.of(DeliveryStatus.PENDING), PageRequest.FIRST)
                .block();

        assertThat(paged).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5");
        assertThat(customers(pending.items())).containsExactly("c-1", "c-2", "c-3", "c-5");
        assertThat(pending.total()).isEqualTo(4);
    }

    @Test
    void lists_the_deliveries_that_reached_one_customer_newest_first_in_pages() {
        insert(delivery(A, "k-2", "c-1", NOW.plusSeconds(20)));
        insert(delivery(A, "k-1", "c-1", NOW));
        insert(delivery(A, "k-4", "c-1", NOW.plusSeconds(10)));
        insert(delivery(A, "k-3", "c-1", NOW.plusSeconds(10)));
        insert(delivery(A, "k-5", "c-2", NOW.plusSeconds(30)));
        insert(delivery(B, "k-6", "c-1", NOW.plusSeconds(30)));
        CustomerId customer = new CustomerId("c-1");

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Page<Delivery> deliveries =
                    store.listForCustomer(A, customer, new PageRequest(page, 3)).block();
            assertThat(deliveries.total()).isEqualTo(4);
            deliveries.items().forEach(delivery -> paged.add(delivery.campaign().value()));
        }

        assertThat(paged).containsExactly("k-2", "k-4", "k-3", "k-1");
        assertThat(store.listForCustomer(B, new CustomerId("c-2"), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void finds_every_delivery_of_a_campaign_still_in_a_status() {
        List.of("c-3", "c-1", "c-2").forEach(customer -> insert(delivery(A, "k-1", customer)));
        insert(delivery(A, "k-2", "c-1"));
        store.applyReceipts(List.of(receipt(delivery(A, "k-1", "c-2").id(), DeliveryStatus.FAILED)), NOW)
                .blockLast();

        List<Delivery> pending = store.findByStatus(A, CAMPAIGN, DeliveryStatus.PENDING)
                .collectList()
                .block();

        assertThat(customers(pending)).containsExactlyInAnyOrder("c-1", "c-3");
    }

    @Test
    void counts_a_workspaces_deliveries_by_status_with_every_status_present() {
        insert(delivery(A, "k-1", "c-1"));
        DeliveryId moved = insert(delivery(A, "k-1", "c-2")).id();
        insert(delivery(A, "k-2", "c-1"));
        store.applyReceipts(List.of(receipt(moved, DeliveryStatus.SENT), receipt(moved, DeliveryStatus.DELIVERED)), NOW)
                .blockLast();

        Map<DeliveryStatus, Long> counts = store.countByStatus(A).block();

        assertThat(counts)
                .isEqualTo(Map.of(
                        DeliveryStatus.PENDING,
                        2L,
                        DeliveryStatus.SENT,
                        0L,
                        DeliveryStatus.DELIVERED,
                        1L,
                        DeliveryStatus.FAILED,
                        0L,
                        DeliveryStatus.SKIPPED,
                        0L,
                        DeliveryStatus.SUPPRESSED,
                        0L));
    }

    @Test
    void a_workspace_sees_none_of_another_workspaces_deliveries() {
        insert(delivery(A, "k-1", "c-1"));

        assertThat(store.list(B, CAMPAIGN, Optional.empty(), PageRequest.FIRST)
                        .block()
                        .total())
                .isZero();
        StepVerifier.create(store.findByStatus(B, CAMPAIGN, DeliveryStatus.PENDING))
                .verifyComplete();
        assertThat(store.countByStatus(B).block()).containsEntry(DeliveryStatus.PENDING, 0L);
    }

    private Delivery insert(Delivery delivery) {
        return store.insertNew(List.of(delivery)).blockLast();
    }

    private static List<String> customers(List<Delivery> deliveries) {
        return deliveries.stream().map(delivery -> delivery.customer().value()).toList();
    }
}

package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** What every {@link OrderStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class OrderStoreContract {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private OrderStore store;

    protected abstract OrderStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void finds_an_inserted_order_by_id_and_by_external_reference() {
        Order order = order(A, "o-1", Optional.of("SHOP-1"), "c-1", "99.50", NOW);

        StepVerifier.create(store.insert(order)).expectNext(order).verifyComplete();

        assertThat(store.findById(A, order.id()).block()).isEqualTo(order);
        assertThat(store.findByExternalRef(A, "SHOP-1").block()).isEqualTo(order);
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_external_reference() {
        StepVerifier.create(store.findById(A, new OrderId("o-1"))).verifyComplete();
        StepVerifier.create(store.findByExternalRef(A, "SHOP-1")).verifyComplete();
    }

    @Test
    void finds_the_orders_of_the_external_references_it_knows() {
        Order first = insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));
        Order second = insert(order(A, "o-2", Optional.of("SHOP-2"), "c-2", "20", NOW));
        insert(order(A, "o-3", Optional.of("SHOP-3"), "c-1", "30", NOW));
        insert(order(B, "o-4", Optional.of("SHOP-4"), "c-1", "40", NOW));

        assertThat(store.findByExternalRefs(A, List.of(" SHOP-2", "SHOP-1", "SHOP-2", "SHOP-4", "SHOP-9"))
                        .collectList()
                        .block())
                .containsExactlyInAnyOrder(first, second);
        StepVerifier.create(store.findByExternalRefs(A, List.of())).verifyComplete();
    }

    @Test
    void refuses_an_order_whose_id_is_taken() {
        insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));

        Refused.asConflict(store.insert(order(A, "o-1", Optional.of("SHOP-2"), "c-1", "10", NOW)));

        StepVerifier.create(store.findByExternalRef(A, "SHOP-2")).verifyComplete();
    }

    @Test
    void refuses_an_order_whose_external_reference_is_taken() {
        insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));

        Refused.asConflict(store.insert(order(A, "o-2", Optional.of("SHOP-1"), "c-1", "10", NOW)));

        StepVerifier.create(store.findById(A, new OrderId("o-2"))).verifyComplete();
    }

    @Test
    void keeps_any_number_of_orders_without_an_external_reference() {
        insert(order(A, "o-1", Optional.empty(), "c-1", "10", NOW));
        insert(order(A, "o-2", Optional.empty(), "c-1", "10", NOW));

        assertThat(store.totals(A).block().orders()).isEqualTo(2);
    }

    @Test
    void only_one_of_many_concurrent_inserts_of_an_external_reference_succeeds() {
        List<Boolean> inserted = Concurrently.call(
                100,
                n -> store.insert(order(A, "o-" + n, Optional.of("SHOP-1"), "c-1", "10", NOW))
                        .map(stored -> true)
                        .onErrorResume(CrmException.class, refused -> Mono.just(false)));

        assertThat(inserted).containsOnlyOnce(true);
        assertThat(store.totals(A).block().orders()).isEqualTo(1);
    }

    @Test
    void inserting_new_orders_skips_those_stored_and_emits_the_others() {
        insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));
        Order sameRef = order(A, "o-2", Optional.of("SHOP-1"), "c-1", "10", NOW);
        Order sameId = order(A, "o-1", Optional.of("SHOP-3"), "c-1", "10", NOW);
        Order fresh = order(A, "o-4", Optional.of("SHOP-4"), "c-1", "10", NOW);

        StepVerifier.create(store.insertNew(List.of(sameRef, sameId, fresh)))
                .expectNext(fresh)
                .verifyComplete();

        StepVerifier.create(store.findByExternalRef(A, "SHOP-3")).verifyComplete();
        assertThat(store.totals(A).block().orders()).isEqualTo(2);
    }

    @Test
    void inserting_new_orders_skips_repeats_within_the_batch() {
        Order first = order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW);
        Order sameRef = order(A, "o-2", Optional.of("SHOP-1"), "c-1", "20", NOW);
        Order sameId = order(A, "o-1", Optional.of("SHOP-3"), "c-1", "30", NOW);

        StepVerifier.create(store.insertNew(List.of(first, sameRef, sameId)))
                .expectNext(first)
                .verifyComplete();

        assertTotals(store.totals(A).block(), 1, "10");
    }

    @Test
    void inserting_the_same_batch_again_stores_nothing() {
        List<Order> batch = List.of(
                order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW),
                order(A, "o-2", Optional.empty(), "c-2", "10", NOW));
        store.insertNew(batch).blockLast();

        StepVerifier.create(store.insertNew(batch)).verifyComplete();

        assertThat(store.totals(A).block().orders()).isEqualTo(2);
    }

    @Test
    void lists_orders_newest_first_with_paging_and_the_total() {
        List<Order> orders = List.of(placed("o-1", "c-1", 3), placed("o-2", "c-2", 1), placed("o-3", "c-1", 2));
        orders.forEach(this::insert);

        Page<Order> first = store.list(
                        A, listing(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(0, 2)))
                .block();
        Page<Order> second = store.list(
                        A, listing(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(1, 2)))
                .block();

        assertThat(ids(first)).containsExactly("o-2", "o-3");
        assertThat(ids(second)).containsExactly("o-1");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void lists_one_customers_orders() {
        List.of(placed("o-1", "c-1", 3), placed("o-2", "c-2", 1), placed("o-3", "c-1", 2))
                .forEach(this::insert);

        Page<Order> orders = store.list(A, listing(Optional.of("c-1"), Optional.empty(), Optional.empty(), ALL))
                .block();

        assertThat(ids(orders)).containsExactly("o-3", "o-1");
        assertThat(orders.total()).isEqualTo(2);
    }

    @Test
    void lists_the_orders_placed_from_an_instant_included_until_another_excluded() {
        List.of(placed("o-1", "c-1", 4), placed("o-2", "c-1", 3), placed("o-3", "c-2", 2), placed("o-4", "c-1", 1))
                .forEach(this::insert);

        Page<Order> period = store.list(
                        A, listing(Optional.empty(), Optional.of(daysAgo(3)), Optional.of(daysAgo(1)), ALL))
                .block();
        Page<Order> customerInPeriod = store.list(
                        A, listing(Optional.of("c-1"), Optional.of(daysAgo(3)), Optional.of(daysAgo(1)), ALL))
                .block();
        Page<Order> since = store.list(A, listing(Optional.empty(), Optional.of(daysAgo(2)), Optional.empty(), ALL))
                .block();
        Page<Order> before = store.list(A, listing(Optional.empty(), Optional.empty(), Optional.of(daysAgo(2)), ALL))
                .block();

        assertThat(ids(period)).containsExactly("o-3", "o-2");
        assertThat(ids(customerInPeriod)).containsExactly("o-2");
        assertThat(ids(since)).containsExactly("o-4", "o-3");
        assertThat(ids(before)).containsExactly("o-2", "o-1");
    }

    @Test
    void pages_through_orders_placed_at_the_same_instant_without_gaps_or_repeats() {
        List.of("o-5", "o-2", "o-7", "o-1", "o-4", "o-6", "o-3")
                .forEach(id -> insert(order(A, id, Optional.empty(), "c-1", "1", NOW)));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(store.list(
                            A, listing(Optional.empty(), Optional.empty(), Optional.empty(), new PageRequest(page, 3)))
                    .block()));
        }

        assertThat(paged).containsExactly("o-7", "o-6", "o-5", "o-4", "o-3", "o-2", "o-1");
    }

    @Test
    void totals_count_the_orders_and_add_up_their_amounts() {
        insert(order(A, "o-1", Optional.empty(), "c-1", "10.5", NOW));
        insert(order(A, "o-2", Optional.empty(), "c-2", "0.50", NOW));
        insert(order(A, "o-3", Optional.empty(), "c-1", "89", NOW));

        assertTotals(store.totals(A).block(), 3, "100");
    }

    @Test
    void totals_of_a_workspace_without_orders_are_zero() {
        assertTotals(store.totals(A).block(), 0, "0");
    }

    @Test
    void totals_by_day_sum_the_orders_of_each_day_in_the_zone_from_the_first_day_to_the_last_included() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        // 18:30 UTC is midnight in Kolkata: the first order falls on the 20th there, the second on the 21st.
        insert(order(A, "o-1", Optional.empty(), "c-1", "10", Instant.parse("2026-11-20T18:29:59Z")));
        insert(order(A, "o-2", Optional.empty(), "c-1", "20.50", Instant.parse("2026-11-20T18:30:00Z")));
        insert(order(A, "o-3", Optional.empty(), "c-2", "5", Instant.parse("2026-11-21T12:00:00Z")));
        insert(order(A, "o-4", Optional.empty(), "c-2", "7", Instant.parse("2026-11-23T18:29:59Z")));
        insert(order(A, "o-5", Optional.empty(), "c-2", "99", Instant.parse("2026-11-23T18:30:00Z")));
        insert(order(B, "o-6", Optional.empty(), "c-2", "1000", Instant.parse("2026-11-21T12:00:00Z")));

        Map<LocalDate, OrderTotals> days = store.totalsByDay(
                        A, LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-23"), kolkata)
                .block();

        assertThat(days).containsOnlyKeys(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-23"));
        assertTotals(days.get(LocalDate.parse("2026-11-21")), 2, "25.50");
        assertTotals(days.get(LocalDate.parse("2026-11-23")), 1, "7");
    }

    @Test
    void totals_by_day_of_a_workspace_without_orders_are_empty() {
        assertThat(store.totalsByDay(A, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), ZoneOffset.UTC)
                        .block())
                .isEmpty();
    }

    @Test
    void a_workspace_sees_none_of_another_workspaces_orders() {
        Order order = insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));

        StepVerifier.create(store.findById(B, order.id())).verifyComplete();
        StepVerifier.create(store.findByExternalRef(B, "SHOP-1")).verifyComplete();
        assertThat(store.list(B, listing(Optional.empty(), Optional.empty(), Optional.empty(), ALL))
                        .block()
                        .total())
                .isZero();
        assertThat(store.list(B, listing(Optional.of("c-1"), Optional.empty(), Optional.empty(), ALL))
                        .block()
                        .total())
                .isZero();
        assertThat(store.totals(B).block().orders()).isZero();
    }

    @Test
    void two_workspaces_may_hold_the_same_id_and_external_reference() {
        insert(order(A, "o-1", Optional.of("SHOP-1"), "c-1", "10", NOW));
        Order inB = order(B, "o-1", Optional.of("SHOP-1"), "c-1", "20", NOW);

        StepVerifier.create(store.insert(inB)).expectNext(inB).verifyComplete();
        StepVerifier.create(store.insertNew(List.of(order(B, "o-2", Optional.of("SHOP-2"), "c-1", "1", NOW))))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(store.findByExternalRef(B, "SHOP-1").block()).isEqualTo(inB);
        assertTotals(store.totals(A).block(), 1, "10");
    }

    /** Revenue compares by value: a store may keep amounts at another scale. */
    private static void assertTotals(OrderTotals totals, long orders, String revenue) {
        assertThat(totals.orders()).isEqualTo(orders);
        assertThat(totals.revenue()).isEqualByComparingTo(revenue);
    }

    private Order insert(Order order) {
        return store.insert(order).block();
    }

    private static Order placed(String id, String customer, int daysAgo) {
        return order(A, id, Optional.empty(), customer, "10", daysAgo(daysAgo));
    }

    private static Instant daysAgo(int days) {
        return NOW.minusSeconds(days * 86_400L);
    }

    private static OrderListing listing(
            Optional<String> customer, Optional<Instant> from, Optional<Instant> until, PageRequest page) {
        return new OrderListing(customer.map(CustomerId::new), from, until, page);
    }

    private static List<String> ids(Page<Order> page) {
        return page.items().stream().map(order -> order.id().value()).toList();
    }
}

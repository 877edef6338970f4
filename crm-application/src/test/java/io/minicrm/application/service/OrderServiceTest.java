package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static io.minicrm.application.service.Engine.order;
import static io.minicrm.application.service.Engine.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class OrderServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant SUNDAY = Instant.parse("2026-11-22T10:00:00Z");

    private final Engine engine = new Engine();
    private final Customer asha = engine.customer(A, "asha@example.com", Optional.of("Asha"), Optional.empty());

    @Test
    void counts_each_order_into_its_customers_figures() {
        Order monday = engine.ordered(asha, "1200.50", MONDAY);
        Order sunday = engine.ordered(asha, "300", SUNDAY);

        assertThat(engine.customers.get(A, asha.id()).block().purchases())
                .isEqualTo(new PurchaseHistory(
                        Money.of("1500.50", "INR"),
                        2,
                        Optional.of(SUNDAY),
                        Optional.of(MONDAY),
                        Set.of(monday.id(), sunday.id())));
    }

    @Test
    void records_an_order_in_the_workspace_currency_placed_now_unless_told_otherwise() {
        OrderItem tea = new OrderItem("Tea", 2, Money.of("125", "INR"));
        OrderDraft draft = new OrderDraft(
                Optional.of(" SHOP-1 "),
                " " + asha.id() + " ",
                new BigDecimal("250.00"),
                Optional.empty(),
                List.of(tea),
                Optional.empty());

        Order recorded = engine.orders.record(A, draft).block();

        assertThat(recorded)
                .isEqualTo(new Order(
                        A,
                        new OrderId("id-002"),
                        Optional.of("SHOP-1"),
                        asha.id(),
                        Money.of("250", "INR"),
                        List.of(tea),
                        NOW));
        assertThat(engine.orders.get(A, recorded.id()).block()).isEqualTo(recorded);
    }

    @Test
    void reads_the_currency_code_ignoring_case() {
        OrderDraft draft = new OrderDraft(
                Optional.empty(), asha.id().value(), BigDecimal.TEN, Optional.of(" inr"), List.of(), Optional.empty());

        assertThat(engine.orders.record(A, draft).block().amount()).isEqualTo(Money.of("10", "INR"));
    }

    @Test
    void a_known_external_reference_is_a_conflict_and_counts_nothing() {
        engine.orders.record(A, withRef("SHOP-1", "500")).block();

        assertThat(refusal(engine.orders.record(A, withRef(" SHOP-1", "700"))))
                .isEqualTo(new Problem.Conflict("an order with external reference 'SHOP-1' already exists"));
        PurchaseHistory figures = engine.customers.get(A, asha.id()).block().purchases();
        assertThat(figures.totalSpend()).isEqualTo(Money.of("500", "INR"));
        assertThat(figures.orderCount()).isEqualTo(1);
    }

    @Test
    void an_order_stored_but_never_counted_is_counted_and_told_when_it_arrives_again() {
        Order stored = new Order(
                A, new OrderId("o-1"), Optional.of("SHOP-1"), asha.id(), Money.of("500", "INR"), List.of(), SUNDAY);
        engine.orderStore.insert(stored).block();
        engine.events.clear();

        assertThat(refusal(engine.orders.record(A, withRef("SHOP-1", "500"))))
                .isEqualTo(new Problem.Conflict("an order with external reference 'SHOP-1' already exists"));
        refusal(engine.orders.record(A, withRef("SHOP-1", "500")));

        Customer counted = engine.customers.get(A, asha.id()).block();
        assertThat(counted.purchases())
                .isEqualTo(new PurchaseHistory(
                        Money.of("500", "INR"), 1, Optional.of(SUNDAY), Optional.of(SUNDAY), Set.of(stored.id())));
        assertThat(engine.events).containsExactly(new OrderCreated(stored, NOW), new CustomerUpdated(counted, NOW));
    }

    @Test
    void an_order_names_a_customer_of_the_workspace() {
        assertThat(refusal(engine.orders.record(A, draft("nobody", "10", Optional.empty()))))
                .isEqualTo(Problem.Invalid.of("customerId", "no customer has the id 'nobody'"));
        assertThat(refusal(engine.orders.record(A, draft(" ", "10", Optional.empty()))))
                .isEqualTo(Problem.Invalid.of("customerId", "an order needs the id of its customer"));
        assertThat(refusal(engine.orders.record(B, order(asha, "10", NOW))))
                .isEqualTo(Problem.Invalid.of("customerId", "no customer has the id 'id-001'"));
    }

    @Test
    void refuses_a_currency_code_that_is_not_iso_4217() {
        assertThat(refusal(engine.orders.record(A, draft(asha.id().value(), "10", Optional.of("XYZ")))))
                .isEqualTo(Problem.Invalid.of("currency", "'XYZ' is not an ISO 4217 currency code"));
    }

    @Test
    void refuses_a_currency_other_than_the_one_spend_is_kept_in() {
        assertThat(refusal(engine.orders.record(A, draft(asha.id().value(), "10", Optional.of("USD")))))
                .isEqualTo(Problem.Invalid.of("currency", "this customer's spend is kept in INR, not USD"));
        assertThat(engine.orders
                        .list(
                                A,
                                new OrderListing(
                                        Optional.empty(), Optional.empty(), Optional.empty(), PageRequest.FIRST))
                        .block()
                        .total())
                .isZero();
    }

    @Test
    void refuses_an_amount_beyond_the_number_limits_at_once_and_stores_nothing() {
        assertThat(refusal(engine.orders.record(A, draft(asha.id().value(), "1e100000000", Optional.empty()))))
                .isEqualTo(Problem.Invalid.of(
                        "amount", "a number has at most 18 digits before the decimal point and 12 after it"));
        assertThat(refusal(engine.orders.record(A, draft(asha.id().value(), "0.0000000000001", Optional.empty()))))
                .isEqualTo(Problem.Invalid.of("amount", NumberLimits.RULE));
        assertThat(engine.customers.get(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void refuses_a_negative_amount() {
        assertThat(refusal(engine.orders.record(A, draft(asha.id().value(), "-5", Optional.empty()))))
                .isEqualTo(Problem.Invalid.of("amount", "an order amount cannot be negative, got -5 INR"));
        assertThat(engine.customers.get(A, asha.id()).block()).isEqualTo(asha);
    }

    @Test
    void refuses_an_item_priced_in_another_currency() {
        OrderDraft draft = new OrderDraft(
                Optional.empty(),
                asha.id().value(),
                BigDecimal.TEN,
                Optional.empty(),
                List.of(new OrderItem("Tea", 1, Money.of("10", "USD"))),
                Optional.empty());

        assertThat(refusal(engine.orders.record(A, draft)))
                .isEqualTo(new Problem.Invalid(
                        List.of(new Violation("items[0].unitPrice", "must be in INR like the order"))));
    }

    @Test
    void lists_a_customers_orders_placed_in_a_period_newest_first() {
        Customer ravi = engine.customer(A, "ravi@example.com", Optional.of("Ravi"), Optional.empty());
        Order first = engine.ordered(asha, "100", SUNDAY);
        Order second = engine.ordered(asha, "200", MONDAY);
        Order third = engine.ordered(asha, "300", NOW);
        engine.ordered(ravi, "400", MONDAY);

        assertThat(engine.orders
                        .list(
                                A,
                                new OrderListing(
                                        Optional.of(asha.id()), Optional.empty(), Optional.empty(), PageRequest.FIRST))
                        .block()
                        .items())
                .containsExactly(third, second, first);
        assertThat(engine.orders
                        .list(
                                A,
                                new OrderListing(
                                        Optional.of(asha.id()),
                                        Optional.of(MONDAY),
                                        Optional.of(NOW),
                                        PageRequest.FIRST))
                        .block()
                        .items())
                .containsExactly(second);
        assertThat(engine.orders
                        .list(
                                A,
                                new OrderListing(
                                        Optional.empty(), Optional.of(MONDAY), Optional.empty(), new PageRequest(0, 2)))
                        .block()
                        .total())
                .isEqualTo(3);
    }

    @Test
    void tells_listeners_of_the_order_then_of_the_customers_new_figures() {
        engine.clock.advance(Duration.ofMinutes(1));
        Instant recordedAt = NOW.plus(Duration.ofMinutes(1));

        Order recorded = engine.ordered(asha, "999", MONDAY);

        Customer counted = engine.customers.get(A, asha.id()).block();
        assertThat(counted.purchases().orderCount()).isEqualTo(1);
        assertThat(engine.events)
                .containsExactly(
                        new CustomerCreated(asha, NOW),
                        new OrderCreated(recorded, recordedAt),
                        new CustomerUpdated(counted, recordedAt));
    }

    @Test
    void an_order_of_one_workspace_is_not_found_through_another() {
        Order recorded = engine.ordered(asha, "50", NOW);

        StepVerifier.create(engine.orders.get(B, recorded.id())).verifyComplete();
        assertThat(engine.orders
                        .list(
                                B,
                                new OrderListing(
                                        Optional.of(asha.id()), Optional.empty(), Optional.empty(), PageRequest.FIRST))
                        .block()
                        .total())
                .isZero();
    }

    private OrderDraft withRef(String ref, String amount) {
        return new OrderDraft(
                Optional.of(ref),
                asha.id().value(),
                new BigDecimal(amount),
                Optional.empty(),
                List.of(),
                Optional.of(NOW));
    }

    private static OrderDraft draft(String customerId, String amount, Optional<String> currency) {
        return new OrderDraft(
                Optional.empty(), customerId, new BigDecimal(amount), currency, List.of(), Optional.of(NOW));
    }
}

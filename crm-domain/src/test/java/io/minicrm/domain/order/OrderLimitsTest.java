package io.minicrm.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class OrderLimitsTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final OrderItem TEA = new OrderItem("Tea", 1, Money.of("10", "INR"));

    private static Problem.Invalid refusalOf(Optional<String> externalRef, List<OrderItem> items, Instant placedAt) {
        return (Problem.Invalid) Order.place(
                        WorkspaceId.DEFAULT,
                        new OrderId("o1"),
                        externalRef,
                        new CustomerId("c1"),
                        Money.of("10", "INR"),
                        items,
                        placedAt)
                .getLeft();
    }

    @Test
    void an_item_beyond_its_limits_is_refused_field_by_field() {
        Problem.Invalid refused = OrderItem.of("items[3]", "n".repeat(201), 0, new BigDecimal("1e1000000"), INR)
                .getLeft();

        assertThat(refused.violations())
                .containsExactly(
                        new Violation("items[3].name", "an item's name has at most 200 characters"),
                        new Violation("items[3].quantity", "buy at least 1, not 0"),
                        new Violation("items[3].unitPrice", NumberLimits.RULE));
        assertThat(OrderItem.of("items[0]", " Tea ", 2, new BigDecimal("12.50"), INR)
                        .get())
                .isEqualTo(new OrderItem("Tea", 2, Money.of("12.5", "INR")));
    }

    @Test
    void an_order_has_at_most_five_hundred_items_a_reference_of_a_hundred_characters_and_a_time_in_the_kept_years() {
        Problem.Invalid refused = refusalOf(
                Optional.of("r".repeat(101)), Collections.nCopies(501, TEA), Instant.parse("9999-01-01T00:00:00Z"));

        assertThat(refused.violations())
                .containsExactly(
                        new Violation("externalRef", "an external reference has at most 100 characters"),
                        new Violation("items", "an order has at most 500 items"),
                        new Violation("placedAt", DateLimits.RULE));
        assertThat(refusalOf(Optional.empty(), List.of(), Instant.parse("-999999999-01-01T00:00:00Z"))
                        .violations())
                .containsExactly(new Violation("placedAt", DateLimits.RULE));
    }

    @Test
    void no_path_can_build_an_order_or_item_beyond_its_limits() {
        assertThatThrownBy(() -> new Order(
                        WorkspaceId.DEFAULT,
                        new OrderId("o1"),
                        Optional.empty(),
                        new CustomerId("c1"),
                        Money.of("10", "INR"),
                        List.of(),
                        Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("placedAt: " + DateLimits.RULE);
        assertThatThrownBy(() -> new OrderItem("Tea\u0000", 1, Money.of("1", "INR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Order.place(
                                WorkspaceId.DEFAULT,
                                new OrderId("o1"),
                                Optional.of("SHOP-1"),
                                new CustomerId("c1"),
                                Money.of("10", "INR"),
                                Collections.nCopies(500, TEA),
                                NOW)
                        .isRight())
                .isTrue();
    }
}

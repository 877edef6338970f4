package io.minicrm.domain.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A purchase by a customer. The external reference (the shop's own order number) de-duplicates imports.
 */
@AggregateRoot
public record Order(
        WorkspaceId workspace,
        @Identity OrderId id,
        Optional<String> externalRef,
        CustomerId customer,
        Money amount,
        List<OrderItem> items,
        Instant placedAt) {

    /** The most items one order has. */
    public static final int MAX_ITEMS = 500;

    public static final String ITEMS_RULE = "an order has at most " + MAX_ITEMS + " items";

    public Order {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(placedAt, "placedAt");
        externalRef = externalRef.map(String::strip).filter(ref -> !ref.isEmpty());
        items = List.copyOf(items);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an order amount cannot be negative: " + amount);
        }
        List<Violation> beyond = beyondLimits(externalRef, amount, items, placedAt);
        if (!beyond.isEmpty()) {
            throw new IllegalArgumentException(new Problem.Invalid(beyond).message());
        }
    }

    /** Checks what a caller submitted and collects every reason to refuse it. */
    public static Either<Problem, Order> place(
            WorkspaceId workspace,
            OrderId id,
            Optional<String> externalRef,
            CustomerId customer,
            Money amount,
            List<OrderItem> items,
            Instant placedAt) {
        List<Violation> violations = new ArrayList<>();
        if (amount.isNegative()) {
            violations.add(new Violation("amount", "an order amount cannot be negative, got " + amount));
        }
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            if (!items.get(i).unitPrice().sameCurrencyAs(amount)) {
                violations.add(new Violation(
                        "items[" + i + "].unitPrice", "must be in " + amount.currency() + " like the order"));
            }
        }
        violations.addAll(beyondLimits(externalRef.map(String::strip), amount, items, placedAt));
        return violations.isEmpty()
                ? Either.right(new Order(workspace, id, externalRef, customer, amount, items, placedAt))
                : Either.left(new Problem.Invalid(violations));
    }

    private static List<Violation> beyondLimits(
            Optional<String> externalRef, Money amount, List<OrderItem> items, Instant placedAt) {
        List<Violation> violations = new ArrayList<>();
        externalRef
                .flatMap(TextLimits.EXTERNAL_REF::check)
                .ifPresent(reason -> violations.add(new Violation("externalRef", reason)));
        NumberLimits.check(amount.amount()).ifPresent(reason -> violations.add(new Violation("amount", reason)));
        if (items.size() > MAX_ITEMS) {
            violations.add(new Violation("items", ITEMS_RULE));
        }
        DateLimits.check(placedAt).ifPresent(reason -> violations.add(new Violation("placedAt", reason)));
        return violations;
    }
}

package io.minicrm.domain.customer;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

import io.minicrm.domain.order.Order;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A person the workspace sells to, known by e-mail, with the figures their orders add up to.
 * The figures change only by {@link #apply(Order, Instant)}, which counts each order once.
 */
@AggregateRoot
public record Customer(
        WorkspaceId workspace,
        @Identity CustomerId id,
        Email email,
        Profile profile,
        PurchaseHistory purchases,
        Instant createdAt,
        Instant updatedAt) {

    public Customer {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a customer cannot be updated before it was created");
        }
    }

    /** A new customer with no orders yet. */
    public static Customer register(
            WorkspaceId workspace, CustomerId id, Email email, Profile profile, Currency currency, Instant now) {
        return new Customer(workspace, id, email, profile, PurchaseHistory.none(currency), now, now);
    }

    public Customer withProfile(Profile changed, Instant now) {
        return changed.equals(profile)
                ? this
                : new Customer(workspace, id, email, changed, purchases, createdAt, later(now));
    }

    public Customer withEmail(Email changed, Instant now) {
        return changed.equals(email)
                ? this
                : new Customer(workspace, id, changed, profile, purchases, createdAt, later(now));
    }

    /** Counts an order into the figures; an order already counted changes nothing. */
    public Either<Problem, Customer> apply(Order order, Instant now) {
        if (!order.workspace().equals(workspace) || !order.customer().equals(id)) {
            return Either.left(new Problem.Conflict("order " + order.id() + " belongs to another customer"));
        }
        if (purchases.hasCounted(order.id())) {
            return Either.right(this);
        }
        if (!order.amount().sameCurrencyAs(purchases.totalSpend())) {
            return Either.left(Problem.Invalid.of(
                    "amount",
                    "order " + order.id() + " is in " + order.amount().currency()
                            + " but this customer's spend is kept in "
                            + purchases.totalSpend().currency()));
        }
        PurchaseHistory counted = purchases.count(order.id(), order.amount(), order.placedAt());
        return Either.right(new Customer(workspace, id, email, profile, counted, createdAt, later(now)));
    }

    private Instant later(Instant now) {
        return now.isAfter(updatedAt) ? now : updatedAt;
    }
}

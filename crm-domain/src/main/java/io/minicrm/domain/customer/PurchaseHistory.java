package io.minicrm.domain.customer;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A customer's figures derived from their orders: total spend, number of orders (visits), first and last order time,
 * and the orders already counted, so that the same order is never counted twice.
 */
@ValueObject
public record PurchaseHistory(
        Money totalSpend,
        int orderCount,
        Optional<Instant> firstOrderAt,
        Optional<Instant> lastOrderAt,
        Set<OrderId> countedOrders) {

    public PurchaseHistory {
        Objects.requireNonNull(totalSpend, "totalSpend");
        if (orderCount < countedOrders.size()) {
            throw new IllegalArgumentException(
                    "order count " + orderCount + " is below the " + countedOrders.size() + " counted orders");
        }
        if (totalSpend.isNegative()) {
            throw new IllegalArgumentException("total spend cannot be negative: " + totalSpend);
        }
        if (firstOrderAt.isPresent() != lastOrderAt.isPresent()
                || firstOrderAt.isPresent() && firstOrderAt.get().isAfter(lastOrderAt.get())) {
            throw new IllegalArgumentException("first order time must not be after the last");
        }
        countedOrders = Set.copyOf(countedOrders);
    }

    public static PurchaseHistory none(java.util.Currency currency) {
        return new PurchaseHistory(Money.zero(currency), 0, Optional.empty(), Optional.empty(), Set.of());
    }

    public boolean hasCounted(OrderId order) {
        return countedOrders.contains(order);
    }

    PurchaseHistory count(OrderId order, Money amount, Instant placedAt) {
        Set<OrderId> counted = new HashSet<>(countedOrders);
        counted.add(order);
        return new PurchaseHistory(
                totalSpend.plus(amount),
                orderCount + 1,
                Optional.of(
                        firstOrderAt.filter(first -> first.isBefore(placedAt)).orElse(placedAt)),
                Optional.of(lastOrderAt.filter(last -> last.isAfter(placedAt)).orElse(placedAt)),
                counted);
    }
}

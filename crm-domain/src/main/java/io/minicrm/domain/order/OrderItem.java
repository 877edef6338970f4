package io.minicrm.domain.order;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

import io.minicrm.domain.shared.Money;

/** One line of an order: what was bought, how many, at what unit price. */
@ValueObject
public record OrderItem(String name, int quantity, Money unitPrice) {

    public OrderItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        name = name.strip();
        if (name.isEmpty() || quantity < 1 || unitPrice.isNegative()) {
            throw new IllegalArgumentException("an order item needs a name, a quantity of at least 1 and a price of at least 0");
        }
    }
}

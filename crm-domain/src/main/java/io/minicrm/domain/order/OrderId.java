package io.minicrm.domain.order;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies an order within its workspace. */
@ValueObject
public record OrderId(String value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an order id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.minicrm.domain.customer;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a customer within its workspace. */
@ValueObject
public record CustomerId(String value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a customer id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

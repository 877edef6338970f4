package io.minicrm.application.port.shared;

import java.util.Objects;

/** Names a person who signs in; the service makes it, never the identity provider. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a user id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

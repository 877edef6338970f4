package io.minicrm.application.port.shared;

import java.util.Objects;

/** Names an API token without revealing it: what lists show and revocation takes. */
public record TokenId(String value) {

    public TokenId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}

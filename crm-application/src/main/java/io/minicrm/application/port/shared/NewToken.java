package io.minicrm.application.port.shared;

import java.util.Objects;

/** A token just made, with its secret: the only time the secret is seen. */
public record NewToken(ApiToken token, String secret) {

    public NewToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }
}

package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * A person known to the service: the identity provider's issuer and subject say who they are, the e-mail and name are
 * what the provider said at the first sign-in.
 */
public record User(UserId id, String issuer, String subject, String email, String name, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null || name.isBlank() ? email : name.strip();
    }
}

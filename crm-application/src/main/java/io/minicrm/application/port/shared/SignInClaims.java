package io.minicrm.application.port.shared;

import java.util.Objects;

/** What an identity provider vouched for at a sign-in: who (issuer and subject), their e-mail and name. */
public record SignInClaims(String issuer, String subject, String email, String name) {

    public SignInClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }
}

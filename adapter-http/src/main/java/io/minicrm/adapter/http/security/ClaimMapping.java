package io.minicrm.adapter.http.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.shared.SignInClaims;

/**
 * How one provider's ID-token claims name a person. Google vouches for an e-mail only with {@code email_verified};
 * Keycloak may leave {@code name} out and says {@code preferred_username}; any other issuer is read as the OpenID
 * Connect standard claims.
 */
public enum ClaimMapping {
    GOOGLE,
    KEYCLOAK,
    STANDARD;

    /** The mapping named in configuration, else Google's for the provider named {@code google}, else the standard. */
    public static ClaimMapping of(String provider, Optional<String> configured) {
        return configured
                .map(name -> valueOf(name.strip().toUpperCase(Locale.ROOT)))
                .orElse(provider.equals("google") ? GOOGLE : STANDARD);
    }

    /** The person the claims name; empty when they name no usable (for Google, verified) e-mail. */
    public Optional<SignInClaims> read(Map<String, Object> claims) {
        String issuer = text(claims, "iss");
        String subject = text(claims, "sub");
        String email = text(claims, "email");
        String name = text(claims, "name");
        if (this == GOOGLE && !Boolean.TRUE.equals(claims.get("email_verified"))) {
            return Optional.empty();
        }
        if (this == KEYCLOAK && name.isEmpty()) {
            name = text(claims, "preferred_username");
        }
        if (issuer.isEmpty() || subject.isEmpty() || !email.contains("@")) {
            return Optional.empty();
        }
        return Optional.of(new SignInClaims(issuer, subject, email, name));
    }

    /** Whom the claims say they name, verified or not, for the audit log of a refused sign-in; empty when no one. */
    public static Optional<SignInClaims> claimed(Map<String, Object> claims) {
        SignInClaims named =
                new SignInClaims(text(claims, "iss"), text(claims, "sub"), text(claims, "email"), text(claims, "name"));
        return named.subject().isEmpty() && named.email().isEmpty() ? Optional.empty() : Optional.of(named);
    }

    private static String text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value ? value.strip() : "";
    }
}

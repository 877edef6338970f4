package io.minicrm.adapter.http.security;

import java.util.Optional;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The session cookie's name and the secret that signs sessions and their CSRF tokens. */
@Singleton
public class SessionSettings {

    private final String cookieName;
    private final String secret;

    SessionSettings(
            @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName,
            @Value("${crm.auth.session-secret:}") String secret) {
        this.cookieName = cookieName;
        this.secret = secret;
    }

    public String cookieName() {
        return cookieName;
    }

    /** Empty only in local mode, where no session is ever made; bootstrap refuses a missing or weak one otherwise. */
    public Optional<String> secret() {
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }
}

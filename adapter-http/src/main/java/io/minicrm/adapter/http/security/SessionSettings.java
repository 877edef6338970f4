package io.minicrm.adapter.http.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The session cookie's name, the secret that signs sessions and their CSRF tokens, how long a session lasts unused
 * (its lifetime) and how long at most after its sign-in, however often it is renewed.
 */
@Singleton
public class SessionSettings {

    private final String cookieName;
    private final String secret;
    private final Duration lifetime;
    private final Duration longest;

    SessionSettings(
            @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String cookieName,
            @Value("${crm.auth.session-secret:}") String secret,
            @Value("${micronaut.security.token.generator.access-token.expiration:3600}") long lifetimeSeconds,
            @Value("${crm.auth.session-max-lifetime:86400}") long longestSeconds) {
        this.cookieName = cookieName;
        this.secret = secret;
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
        this.longest = Duration.ofSeconds(longestSeconds);
    }

    /**
     * How long a renewed session should last, when a session issued at {@code issued} and expiring at {@code expires}
     * is used at {@code now}: renewed once half its lifetime has passed, for another lifetime but never past the
     * maximum after its sign-in; empty when it is too young, or when renewing would not make it last longer.
     */
    Optional<Duration> renewal(Instant signedIn, Instant issued, Instant expires, Instant now) {
        if (Duration.between(issued, now).compareTo(lifetime.dividedBy(2)) < 0) {
            return Optional.empty();
        }
        Instant until = Collections.min(List.of(now.plus(lifetime), signedIn.plus(longest)));
        return until.isAfter(expires) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public String cookieName() {
        return cookieName;
    }

    /** Empty only in local mode, where no session is ever made; bootstrap refuses a missing or weak one otherwise. */
    public Optional<String> secret() {
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }
}

package io.minicrm.adapter.http.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Sliding sessions: a session used once half its lifetime has passed is answered with a fresh cookie for another
 * lifetime, never lasting past the maximum after its sign-in. An unused session ends after one lifetime; a used one
 * at the maximum, when the user signs in again.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class SessionRenewal implements HttpServerFilter {

    private final SessionSettings settings;
    // Both exist only when sessions do, outside local mode.
    private final Optional<TokenGenerator> tokens;
    private final Optional<AccessTokenCookieConfiguration> cookie;

    SessionRenewal(
            SessionSettings settings,
            Optional<TokenGenerator> tokens,
            Optional<AccessTokenCookieConfiguration> cookie) {
        this.settings = settings;
        this.tokens = tokens;
        this.cookie = cookie;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 5;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Authentication> session =
                request.getUserPrincipal(Authentication.class).filter(Principals::isSession);
        if (session.isEmpty() || tokens.isEmpty() || cookie.isEmpty() || PublicRoutes.isSignOut(request)) {
            return chain.proceed(request);
        }
        // The JWT library stamps and checks sessions by the system clock, so the renewal reads it too.
        Optional<Cookie> renewed = renewed(session.get(), Instant.now(), request.isSecure());
        if (renewed.isEmpty()) {
            return chain.proceed(request);
        }
        return Flux.from(chain.proceed(request)).doOnNext(response -> {
            if (!setsSessionCookie(response)) {
                response.cookie(renewed.get());
            }
        });
    }

    private Optional<Cookie> renewed(Authentication session, Instant now, boolean secure) {
        Optional<Instant> signedIn = Principals.signedIn(session);
        Optional<Instant> issued = Principals.instant(session, "iat");
        Optional<Instant> expires = Principals.instant(session, "exp");
        if (signedIn.isEmpty() || issued.isEmpty() || expires.isEmpty()) {
            return Optional.empty();
        }
        return settings.renewal(signedIn.get(), issued.get(), expires.get(), now)
                .flatMap(lifetime -> tokens.orElseThrow()
                        .generateToken(
                                Authentication.build(
                                        session.getName(),
                                        Map.of(
                                                Principals.SIGNED_IN,
                                                signedIn.get().getEpochSecond())),
                                Math.toIntExact(lifetime.toSeconds()))
                        .map(token -> Cookie.of(cookie.orElseThrow().getCookieName(), token)
                                .configure(cookie.orElseThrow(), secure)
                                .maxAge(lifetime)));
    }

    /** Sign-in and sign-out set the session cookie themselves; a renewal must not undo them. */
    private boolean setsSessionCookie(MutableHttpResponse<?> response) {
        String prefix = cookie.orElseThrow().getCookieName() + "=";
        return response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream().anyMatch(set -> set.startsWith(prefix));
    }
}

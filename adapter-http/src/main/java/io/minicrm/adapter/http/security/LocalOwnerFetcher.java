package io.minicrm.adapter.http.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** In local mode, a request that names no other principal is the local owner's, in the default workspace. */
@Singleton
class LocalOwnerFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final SignInMode mode;

    LocalOwnerFetcher(SignInMode mode) {
        this.mode = mode;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        // A request carrying a token is the token's to answer for, even in local mode.
        if (!mode.isLocal() || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Mono.empty();
        }
        return Mono.just(Principals.local());
    }
}

package io.minicrm.adapter.http.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.minicrm.application.port.in.Identity;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** {@code Authorization: Bearer crm_…}: an API token's workspace and role; an unknown, revoked or expired one is none. */
@Singleton
class ApiTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String BEARER = "Bearer ";

    private final Identity identity;

    ApiTokenFetcher(Identity identity) {
        this.identity = identity;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getHeaders()
                .getFirst(HttpHeaders.AUTHORIZATION)
                .filter(header -> header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(header -> header.substring(BEARER.length()).strip())
                .filter(secret -> secret.startsWith("crm_"))
                .map(secret -> identity.accessOfToken(secret).map(Principals::token))
                .orElse(Mono.empty());
    }
}

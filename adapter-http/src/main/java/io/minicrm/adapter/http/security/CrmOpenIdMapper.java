package io.minicrm.adapter.http.security;

import java.time.Instant;
import java.util.Map;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.minicrm.application.port.in.Identity;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Turns a provider's verified ID token into a session: the provider's claims, read by its {@link ClaimMapping}, sign
 * the user in (making them and their own workspace the first time); the session names only the user's id and when
 * they signed in.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class CrmOpenIdMapper implements OpenIdAuthenticationMapper {

    private final Identity identity;
    private final Environment environment;

    CrmOpenIdMapper(Identity identity, Environment environment) {
        this.identity = identity;
        this.environment = environment;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(
            String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims openIdClaims, @Nullable State state) {
        String from = ServerRequestContext.currentRequest()
                .map(AccessFilter::addressOf)
                .orElse("");
        return signIn(providerName, openIdClaims.getClaims(), from);
    }

    Mono<AuthenticationResponse> signIn(String provider, Map<String, Object> claims, String from) {
        ClaimMapping mapping =
                ClaimMapping.of(provider, environment.getProperty("crm.auth.claims." + provider, String.class));
        return mapping.read(claims)
                .map(person -> identity.signIn(person, from)
                        .map(me -> AuthenticationResponse.success(
                                me.user().id().value(),
                                Map.of(Principals.SIGNED_IN, Instant.now().getEpochSecond()))))
                .orElseGet(() -> identity.signInRefused(
                                ClaimMapping.claimed(claims), provider + " named no usable (verified) e-mail", from)
                        .thenReturn(AuthenticationResponse.failure("the identity provider named no verified e-mail")));
    }
}

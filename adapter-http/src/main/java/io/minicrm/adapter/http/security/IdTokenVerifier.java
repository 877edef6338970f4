package io.minicrm.adapter.http.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Verifies an ID token a browser got from Google's sign-in button: RS256 signature against the issuer's published
 * keys, the issuer, our client id as audience, and expiry. An unsigned token ({@code alg: none}) never passes.
 */
@Singleton
class IdTokenVerifier {

    static final String PROVIDER = "google";

    private final BeanContext beans;

    IdTokenVerifier(BeanContext beans) {
        this.beans = beans;
    }

    /** The verified claims, or an error whose message says why the token was refused. */
    Mono<Map<String, Object>> verify(String token) {
        Optional<OauthClientConfiguration> client =
                beans.findBean(OauthClientConfiguration.class, Qualifiers.byName(PROVIDER));
        Optional<OpenIdProviderMetadata> provider =
                beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(PROVIDER));
        if (client.isEmpty() || provider.isEmpty()) {
            return Mono.error(new Refused("Google sign-in is not configured"));
        }
        // The key set is fetched (and cached by Nimbus) over blocking HTTP: off the event loop.
        return Mono.fromCallable(() -> claims(token, client.get().getClientId(), provider.get()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Map<String, Object> claims(String token, String audience, OpenIdProviderMetadata provider) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys(provider)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                Set.of(audience),
                new JWTClaimsSet.Builder().issuer(provider.getIssuer()).build(),
                Set.of("sub", "exp", "iat"),
                Set.of()));
        try {
            return processor.process(token, null).getClaims();
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            throw new Refused(why(refused), unverifiedClaims(token));
        }
    }

    /** The refusal in an owner's words; Nimbus's own message where it is already plain. */
    private static String why(Exception refused) {
        String message = String.valueOf(refused.getMessage());
        return switch (refused) {
            case ParseException notJwt -> "it is not a JWT";
            case BadJWSException badSignature -> "its signature does not match the issuer's keys";
            case BadJWTException expired when message.startsWith("Expired") -> "it has expired";
            case BadJWTException audience
            when message.contains("audience") -> "it was issued to another client (" + message + ")";
            case BadJWTException issuer
            when message.contains("iss claim") -> "another issuer made it (" + message + ")";
            case BadJOSEException unsigned when message.startsWith("Unsecured") -> "it is unsigned (alg: none)";
            default -> message;
        };
    }

    /** What the token says of itself, trusted for nothing but telling owners whom a refused sign-in claimed to be. */
    private static Map<String, Object> unverifiedClaims(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getClaims();
        } catch (ParseException unreadable) {
            return Map.of();
        }
    }

    private static JWKSource<SecurityContext> keys(OpenIdProviderMetadata provider) {
        try {
            return JWKSourceBuilder.create(URI.create(provider.getJwksUri()).toURL())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException malformed) {
            throw new Refused("the provider's key set address is not a URL: " + provider.getJwksUri());
        }
    }

    /** Why a token was not accepted, in words fit for the audit log (never for the caller). */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialised: it ends as an audit entry
        private final Map<String, Object> claimed;

        Refused(String reason) {
            this(reason, Map.of());
        }

        Refused(String reason, Map<String, Object> claimed) {
            super(reason, null, false, false);
            // Claims may hold JSON nulls, which Map.copyOf refuses.
            this.claimed = Collections.unmodifiableMap(new HashMap<>(claimed));
        }

        /** The token's claims, unverified; empty when it had none readable. */
        Map<String, Object> claimed() {
            return claimed;
        }
    }
}

package io.minicrm.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.minicrm.adapter.http.security.SignInMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checked before the service listens: local mode (no identity provider) only on a loopback address, said loudly; with a
 * provider, a session secret strong enough to sign sessions.
 */
@Context
class SignInGuard {

    static final int SHORTEST_SECRET = 32;

    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);

    SignInGuard(
            SignInMode mode,
            @Value("${micronaut.server.host:}") String host,
            @Value("${crm.auth.session-secret:}") String secret) {
        if (mode.isLocal()) {
            if (!isLoopback(host)) {
                throw new ConfigurationException("Refusing to listen on '" + (host.isBlank() ? "every address" : host)
                        + "' without an identity provider: anyone reaching the port would act as the owner. Set"
                        + " GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (or CRM_OIDC_ISSUER, CRM_OIDC_CLIENT_ID and"
                        + " CRM_OIDC_CLIENT_SECRET) with CRM_SESSION_SECRET, or listen on loopback only"
                        + " (CRM_HOST=127.0.0.1).");
            }
            LOG.warn(
                    "LOCAL MODE: no identity provider is configured, so every request to {} is signed in as the"
                            + " owner of the default workspace. Only this machine can reach it. Set GOOGLE_CLIENT_ID and"
                            + " GOOGLE_CLIENT_SECRET (or CRM_OIDC_ISSUER, CRM_OIDC_CLIENT_ID, CRM_OIDC_CLIENT_SECRET) to"
                            + " require sign-in.",
                    host);
            return;
        }
        weakness(secret).ifPresent(why -> {
            throw new ConfigurationException("CRM_SESSION_SECRET " + why
                    + ": sessions are signed with it, so it must be at least " + SHORTEST_SECRET
                    + " characters of a random string (for example: openssl rand -base64 48).");
        });
    }

    static Optional<String> weakness(String secret) {
        if (secret.isBlank()) {
            return Optional.of("is missing");
        }
        if (secret.length() < SHORTEST_SECRET) {
            return Optional.of("is too short (" + secret.length() + " characters)");
        }
        if (secret.chars().distinct().count() < 10) {
            return Optional.of("repeats too few characters to be random");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        if (host.isBlank()) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}

package io.minicrm.adapter.http.security;

import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import jakarta.inject.Singleton;

/**
 * Whether the service runs in local mode: with no identity provider configured, every request is the local owner's,
 * which is safe only on loopback.
 */
@Singleton
public class SignInMode {

    private final boolean local;
    private final List<String> providers;

    public SignInMode(
            List<OauthClientConfiguration> providers, @Value("${crm.auth.local:true}") boolean localWithoutProvider) {
        this.providers = providers.stream()
                .filter(OauthClientConfiguration::isEnabled)
                .map(OauthClientConfiguration::getName)
                .sorted()
                .toList();
        this.local = localWithoutProvider && this.providers.isEmpty();
    }

    /** The names of the identity providers configured, each signed in with at {@code /oauth/login/<name>}. */
    public List<String> providers() {
        return providers;
    }

    public boolean isLocal() {
        return local;
    }
}

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

    public SignInMode(
            List<OauthClientConfiguration> providers, @Value("${crm.auth.local:true}") boolean localWithoutProvider) {
        this.local = localWithoutProvider && providers.stream().noneMatch(OauthClientConfiguration::isEnabled);
    }

    public boolean isLocal() {
        return local;
    }
}

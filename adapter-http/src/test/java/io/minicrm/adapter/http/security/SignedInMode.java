package io.minicrm.adapter.http.security;

import java.util.HashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The service's settings for signing in through two OpenID Connect providers, {@code google} and {@code keycloak},
 * both served by one mock-oauth2-server, with sessions signed by {@link #SECRET}.
 */
public final class SignedInMode {

    public static final String SECRET = "a-test-signing-secret-of-more-than-32-bytes-0123456789";

    private SignedInMode() {}

    /**
     * A started mock-oauth2-server; with {@code loginForm} it asks for the user at a login form, as a provider does in a
     * browser, otherwise it signs in a default user at once.
     */
    public static MockOAuth2Server startedIssuers(boolean loginForm) {
        MockOAuth2Server issuers = new MockOAuth2Server(new OAuth2Config(loginForm));
        issuers.start();
        return issuers;
    }

    public static Map<String, String> properties(MockOAuth2Server issuers) {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.security.authentication", "cookie");
        properties.put("micronaut.security.token.bearer.enabled", "false");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
        properties.put("crm.auth.session-secret", SECRET);
        for (String name : new String[] {"google", "keycloak"}) {
            String client = "micronaut.security.oauth2.clients." + name + ".";
            properties.put(client + "client-id", "crm-" + name);
            properties.put(client + "client-secret", name + "-secret");
            properties.put(client + "openid.issuer", issuers.issuerUrl(name).toString());
        }
        properties.put("crm.auth.claims.keycloak", "keycloak");
        return properties;
    }
}

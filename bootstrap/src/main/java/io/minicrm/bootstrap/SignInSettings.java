package io.minicrm.bootstrap;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;

/**
 * Turns the sign-in variables into Micronaut security's properties. Google is configured by the original system's
 * names {@code GOOGLE_CLIENT_ID} and {@code GOOGLE_CLIENT_SECRET} (or {@code CRM_GOOGLE_CLIENT_ID} and
 * {@code CRM_GOOGLE_CLIENT_SECRET}); any other OpenID Connect issuer by {@code CRM_OIDC_ISSUER},
 * {@code CRM_OIDC_CLIENT_ID}, {@code CRM_OIDC_CLIENT_SECRET}, with {@code CRM_OIDC_CLAIMS} naming how its claims read.
 * With neither, no property is set: the service runs in local mode.
 */
final class SignInSettings {

    private static final String CLIENTS = "micronaut.security.oauth2.clients.";

    private SignInSettings() {}

    static PropertySource from(Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>();
        Optional<String> googleId = first(environment, "GOOGLE_CLIENT_ID", "CRM_GOOGLE_CLIENT_ID");
        googleId.ifPresent(id -> client(
                properties,
                "google",
                "https://accounts.google.com",
                id,
                first(environment, "GOOGLE_CLIENT_SECRET", "CRM_GOOGLE_CLIENT_SECRET")
                        .orElse("")));
        Optional<String> issuer = first(environment, "CRM_OIDC_ISSUER");
        issuer.ifPresent(url -> {
            client(
                    properties,
                    "oidc",
                    url,
                    first(environment, "CRM_OIDC_CLIENT_ID").orElse(""),
                    first(environment, "CRM_OIDC_CLIENT_SECRET").orElse(""));
            first(environment, "CRM_OIDC_CLAIMS").ifPresent(claims -> properties.put("crm.auth.claims.oidc", claims));
        });
        if (!properties.isEmpty()) {
            properties.put("micronaut.security.authentication", "cookie");
            first(environment, "CRM_SESSION_SECRET").ifPresent(secret -> {
                properties.put("crm.auth.session-secret", secret);
                properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
            });
        }
        first(environment, "CRM_CORS_ORIGINS").ifPresent(origins -> {
            properties.put("micronaut.server.cors.enabled", true);
            properties.put("micronaut.server.cors.configurations.web.allowed-origins", origins.split("\\s*,\\s*"));
            properties.put("micronaut.server.cors.configurations.web.allow-credentials", true);
        });
        return new MapPropertySource("sign-in variables", properties);
    }

    private static void client(Map<String, Object> properties, String name, String issuer, String id, String secret) {
        properties.put(CLIENTS + name + ".client-id", id);
        properties.put(CLIENTS + name + ".client-secret", secret);
        properties.put(CLIENTS + name + ".openid.issuer", issuer);
    }

    private static Optional<String> first(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}

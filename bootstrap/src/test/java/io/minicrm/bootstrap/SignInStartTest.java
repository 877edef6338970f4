package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInStartTest {

    private static Map<String, Object> withGoogle(String secret) {
        PropertySource variables = SignInSettings.from(
                Map.of("GOOGLE_CLIENT_ID", "crm", "GOOGLE_CLIENT_SECRET", "s", "CRM_SESSION_SECRET", secret));
        Map<String, Object> properties = new HashMap<>();
        variables.forEach(name -> properties.put(name, variables.get(name)));
        properties.put("micronaut.server.port", -1);
        return properties;
    }

    @Test
    void without_an_identity_provider_it_listens_on_loopback_only() {
        try (EmbeddedServer server =
                ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1))) {
            assertThat(server.getApplicationContext().getProperty("micronaut.server.host", String.class))
                    .hasValue("127.0.0.1");
        }
    }

    @Test
    void without_an_identity_provider_it_refuses_to_listen_on_every_address_naming_the_settings() {
        assertThatThrownBy(() -> ApplicationContext.run(
                                EmbeddedServer.class,
                                Map.of("micronaut.server.port", -1, "micronaut.server.host", "0.0.0.0"))
                        .close())
                .hasStackTraceContaining("GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET")
                .hasStackTraceContaining("CRM_HOST=127.0.0.1");
    }

    @Test
    void with_an_identity_provider_a_missing_or_weak_session_secret_stops_the_start() {
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, withGoogle("short"))
                        .close())
                .hasStackTraceContaining("CRM_SESSION_SECRET is too short");
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, withGoogle("a".repeat(40)))
                        .close())
                .hasStackTraceContaining("CRM_SESSION_SECRET repeats too few characters");
    }

    @Test
    void with_an_identity_provider_the_service_starts_on_the_embedded_storage_and_asks_strangers_to_sign_in(
            @TempDir Path data) {
        Map<String, Object> properties = withGoogle("Zk3q-9vB_x2LmN8pQr5sT1uV7wY0aC4eG6iJ");
        properties.put("crm.storage", "embedded");
        properties.put("crm.data-dir", data.toString());

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient http = HttpClient.create(server.getURL())) {
            assertThatThrownBy(() -> http.toBlocking().retrieve("/api/me"))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            refused -> assertThat(refused.code()).isEqualTo(401));
        }
    }

    @Test
    void with_google_configured_a_stranger_gets_401_and_health_shows_only_the_status() {
        try (EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class, withGoogle("Zk3q-9vB_x2LmN8pQr5sT1uV7wY0aC4eG6iJ"));
                HttpClient http = HttpClient.create(server.getURL())) {
            assertThat(http.toBlocking().retrieve("/health")).isEqualTo("{\"status\":\"UP\"}");
            assertThatThrownBy(() -> http.toBlocking().retrieve("/api/customers"))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            refused -> assertThat(refused.code()).isEqualTo(401));
        }
    }

    @Test
    void with_an_identity_provider_health_details_are_shown_to_owners_only() {
        try (EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class, withGoogle("Zk3q-9vB_x2LmN8pQr5sT1uV7wY0aC4eG6iJ"));
                HttpClient http = HttpClient.create(server.getURL())) {
            Identity identity = server.getApplicationContext().getBean(Identity.class);
            Access owner = identity.signIn(
                            new SignInClaims("https://issuer", "monitor", "monitor@example.com", ""), "test")
                    .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                    .block();
            String ownerToken = identity.createToken(owner, "monitor", Role.OWNER, Duration.ofDays(1))
                    .block()
                    .secret();
            String viewerToken = identity.createToken(owner, "dashboard", Role.VIEWER, Duration.ofDays(1))
                    .block()
                    .secret();

            String toOwner =
                    http.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(ownerToken));
            String toViewer =
                    http.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(viewerToken));

            assertThat(toOwner).contains("\"status\":\"UP\"").contains("\"details\"");
            assertThat(toViewer).isEqualTo("{\"status\":\"UP\"}");
        }
    }
}

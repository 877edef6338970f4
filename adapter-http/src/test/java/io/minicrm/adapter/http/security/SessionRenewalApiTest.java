package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.minicrm.adapter.http.identity.MeResponse;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sessions of six seconds, renewed while in use for at most ten after sign-in, in real time as the JWTs use; their
 * times are whole seconds, so each check keeps a second's margin.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionRenewalApiTest implements TestPropertyProvider {

    private final MockOAuth2Server issuers = SignedInMode.startedIssuers(false);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @AfterAll
    void stopIssuers() {
        issuers.shutdown();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = SignedInMode.properties(issuers);
        properties.put("micronaut.security.token.generator.access-token.expiration", "6");
        properties.put("micronaut.security.token.cookie.cookie-max-age", "6s");
        properties.put("crm.auth.session-max-lifetime", "10");
        // The provider's first answers are slow on a busy machine; they are not what this test measures.
        properties.put("micronaut.http.client.read-timeout", "30s");
        return properties;
    }

    private URI at(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    private Browser signedIn(String subject) {
        Browser browser = new Browser();
        String token = issuers.issueToken(
                        "google",
                        subject,
                        "crm-google",
                        Map.of("email", subject + "@example.com", "email_verified", true),
                        60)
                .serialize();
        HttpResponse<String> answer =
                browser.postJson(at("/api/auth/google"), "{\"credential\":\"" + token + "\"}", Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        return browser;
    }

    private MeResponse me(Browser browser) throws IOException {
        HttpResponse<String> answer = browser.get(at("/api/me"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readValue(answer.body(), MeResponse.class);
    }

    private static String session(Browser browser) {
        return browser.cookie("JWT").orElseThrow().getValue();
    }

    /** The session cookie sent as it is, whatever a browser would have done with it by now. */
    private int statusWith(String session) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(at("/api/me"))
                                    .header("Cookie", "JWT=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private static void until(long millis) throws InterruptedException {
        Thread.sleep(Math.max(0, millis - System.currentTimeMillis()));
    }

    @Test
    void a_session_in_use_is_renewed_up_to_its_maximum_and_an_unused_one_ends_after_its_lifetime() throws Exception {
        Browser idle = signedIn("idle");
        String idleSession = session(idle);
        long before = System.currentTimeMillis();
        Browser used = signedIn("used");
        long after = System.currentTimeMillis();
        String firstSession = session(used);
        String csrf = me(used).csrfToken();

        until(after + 3_500);
        assertThat(me(used).csrfToken()).as("a renewal keeps the CSRF token").isEqualTo(csrf);
        assertThat(session(used)).as("used past half its lifetime").isNotEqualTo(firstSession);

        until(Math.max(before + 6_500, after + 3_600));
        assertThat(statusWith(idleSession)).as("unused for a lifetime").isEqualTo(401);
        assertThat(me(used).email()).isEqualTo("used@example.com");
        String lastSession = session(used);

        until(after + 10_300);
        assertThat(statusWith(lastSession)).as("past the maximum after sign-in").isEqualTo(401);
    }
}

package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.minicrm.application.inmemory.InMemoryUserStore;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The single-page sign-in: an ID token from the Google-like issuer exchanged for a session, or refused with 401. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleIdTokenApiTest implements TestPropertyProvider {

    private static final Map<String, Object> VERIFIED = Map.of("email", "id@example.com", "email_verified", true);

    private final MockOAuth2Server issuers = SignedInMode.startedIssuers(false);

    @Inject
    EmbeddedServer server;

    @Inject
    InMemoryUserStore users;

    @Inject
    JsonMapper json;

    @AfterAll
    void stopIssuers() {
        issuers.shutdown();
    }

    @Override
    public Map<String, String> getProperties() {
        return SignedInMode.properties(issuers);
    }

    private HttpResponse<String> exchange(Browser browser, String token) {
        return browser.postJson(
                URI.create("http://localhost:" + server.getPort() + "/api/auth/google"),
                "{\"credential\":\"" + token + "\"}",
                Map.of());
    }

    private String google() {
        return issuers.issuerUrl("google").toString();
    }

    /** Refused with 401, no session, and no user made for the subject. */
    private void refused(String subject, String token) {
        Browser browser = new Browser();

        assertThat(exchange(browser, token).statusCode()).isEqualTo(401);
        assertThat(browser.cookie("JWT")).isEmpty();
        assertThat(users.findBySubject(google(), subject).blockOptional()).isEmpty();
    }

    @Test
    void a_valid_token_starts_a_session_and_makes_the_user() {
        Browser browser = new Browser();
        SignedJWT token = issuers.issueToken("google", "valid-subject", "crm-google", VERIFIED, 3600);

        HttpResponse<String> answer = exchange(browser, token.serialize());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(browser.cookie("JWT")).isPresent();
        assertThat(users.findBySubject(google(), "valid-subject").blockOptional())
                .isPresent();
        assertThat(browser.get(URI.create("http://localhost:" + server.getPort() + "/api/me"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_expired_token_is_refused() {
        refused(
                "expired",
                issuers.issueToken("google", "expired", "crm-google", VERIFIED, -3600)
                        .serialize());
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        refused(
                "elsewhere",
                issuers.issueToken("google", "elsewhere", "another-app", VERIFIED, 3600)
                        .serialize());
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        refused(
                "keycloaked",
                issuers.issueToken("keycloak", "keycloaked", "crm-google", VERIFIED, 3600)
                        .serialize());
    }

    @Test
    void a_token_whose_signature_does_not_match_is_refused() {
        String[] parts = issuers.issueToken("google", "tampered", "crm-google", VERIFIED, 3600)
                .serialize()
                .split("\\.");
        String otherSignature = issuers.issueToken("google", "other", "crm-google", VERIFIED, 3600)
                .serialize()
                .split("\\.")[2];

        refused("tampered", parts[0] + "." + parts[1] + "." + otherSignature);
    }

    @Test
    void an_unsigned_token_is_refused() {
        String[] parts = issuers.issueToken("google", "unsigned", "crm-google", VERIFIED, 3600)
                .serialize()
                .split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());

        refused("unsigned", none + "." + parts[1] + ".");
    }

    @Test
    void a_token_whose_email_google_did_not_verify_is_refused() {
        refused(
                "unverified",
                issuers.issueToken("google", "unverified", "crm-google", Map.of("email", "u@example.com"), 3600)
                        .serialize());
    }

    @Test
    void something_that_is_not_a_token_is_refused() {
        refused("nothing", "not-a-jwt");
    }

    @Test
    void the_owner_reads_who_tried_to_sign_in_as_them_when_and_why_it_was_refused_and_from_where() throws Exception {
        Browser owner = new Browser();
        exchange(
                owner,
                issuers.issueToken("google", "watched", "crm-google", VERIFIED, 3600)
                        .serialize());
        String[] parts = issuers.issueToken("google", "watched", "crm-google", VERIFIED, 3600)
                .serialize()
                .split("\\.");
        String otherSignature = issuers.issueToken("google", "other", "crm-google", VERIFIED, 3600)
                .serialize()
                .split("\\.")[2];

        exchange(
                new Browser(),
                issuers.issueToken("google", "watched", "crm-google", VERIFIED, -60)
                        .serialize());
        exchange(new Browser(), parts[0] + "." + parts[1] + "." + otherSignature);
        HttpResponse<String> audit = owner.get(URI.create("http://localhost:" + server.getPort() + "/api/audit"));

        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode entries = json.readValue(audit.body(), JsonNode.class).get("items");
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(1).get("detail").getStringValue()).startsWith("Google ID token refused: it has expired");
        JsonNode forged = entries.get(0);
        assertThat(forged.get("action").getStringValue()).isEqualTo("sign-in-refused");
        assertThat(forged.get("actor").getStringValue()).isEqualTo("id@example.com");
        assertThat(forged.get("detail").getStringValue())
                .isEqualTo("Google ID token refused: its signature does not match the issuer's keys"
                        + " (claimed subject watched of " + google() + ")");
        assertThat(forged.get("from").getStringValue()).isEqualTo("127.0.0.1");
        assertThat(forged.get("at").getStringValue()).isNotBlank();
    }
}

package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
 * The browser's sign-in, against a real OpenID Connect provider (mock-oauth2-server) serving two issuers: a Google-like
 * one and a Keycloak-like one, each with its own claim shape.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenIdSignInApiTest implements TestPropertyProvider {

    private final MockOAuth2Server issuers = SignedInMode.startedIssuers(true);

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
        return SignedInMode.properties(issuers);
    }

    private URI at(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    /** Follows the code flow as a browser does, filling in the provider's login form as the user would. */
    private Browser signIn(String provider, String username, String claims) {
        Browser browser = new Browser();
        HttpResponse<String> toProvider = browser.get(at("/oauth/login/" + provider));
        URI authorize = Browser.location(toProvider);
        assertThat(authorize.toString())
                .startsWith(issuers.issuerUrl(provider).toString())
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");

        HttpResponse<String> loginForm = browser.get(authorize);
        assertThat(loginForm.body()).contains("name=\"username\"");
        HttpResponse<String> back = browser.postForm(authorize, Map.of("username", username, "claims", claims));
        URI callback = Browser.location(back);
        assertThat(callback.getPath()).isEqualTo("/oauth/callback/" + provider);

        HttpResponse<String> landed = browser.get(callback);
        assertThat(landed.statusCode()).as(landed.body()).isBetween(300, 399);
        assertThat(browser.cookie("JWT"))
                .hasValueSatisfying(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
        return browser;
    }

    private MeResponse me(Browser browser) throws Exception {
        HttpResponse<String> answer = browser.get(at("/api/me"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readValue(answer.body(), MeResponse.class);
    }

    @Test
    void a_google_user_signs_in_with_pkce_gets_a_workspace_of_their_own_and_signs_out() throws Exception {
        Browser browser = signIn(
                "google",
                "google-subject-1",
                "{\"email\":\"Asha@Example.com\",\"email_verified\":true,\"name\":\"Asha Rao\",\"hd\":\"example.com\"}");

        MeResponse me = me(browser);
        assertThat(me.email()).isEqualTo("asha@example.com");
        assertThat(me.name()).isEqualTo("Asha Rao");
        assertThat(me.role()).isEqualTo("owner");
        assertThat(me.workspace()).startsWith("w-");
        assertThat(me.csrfToken()).isNotBlank();

        HttpResponse<String> signedOut =
                browser.postJson(at("/logout"), "{}", Map.of(CsrfTokens.HEADER, me.csrfToken()));
        assertThat(signedOut.statusCode()).as(signedOut.body()).isBetween(300, 399);
        assertThat(browser.get(at("/api/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void another_sites_link_or_form_cannot_sign_the_user_out() throws Exception {
        Browser browser =
                signIn("google", "google-subject-3", "{\"email\":\"stay@example.com\",\"email_verified\":true}");

        HttpResponse<String> link = browser.get(at("/logout"));
        HttpResponse<String> form = browser.postJson(at("/logout"), "{}", Map.of());

        assertThat(link.statusCode()).isEqualTo(405);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(me(browser).email()).isEqualTo("stay@example.com");
    }

    @Test
    void a_keycloak_user_without_a_name_claim_is_named_by_their_preferred_username() throws Exception {
        Browser browser = signIn(
                "keycloak",
                "kc-subject-1",
                "{\"email\":\"ravi@example.org\",\"preferred_username\":\"ravi\","
                        + "\"realm_access\":{\"roles\":[\"crm-user\"]}}");

        MeResponse me = me(browser);
        assertThat(me.email()).isEqualTo("ravi@example.org");
        assertThat(me.name()).isEqualTo("ravi");
    }

    @Test
    void a_change_made_with_the_session_cookie_needs_the_csrf_token() throws Exception {
        Browser browser =
                signIn("google", "google-subject-2", "{\"email\":\"csrf@example.com\",\"email_verified\":true}");
        String csrf = me(browser).csrfToken();

        HttpResponse<String> without =
                browser.postJson(at("/api/customers"), "{\"email\":\"c1@example.com\"}", Map.of());
        HttpResponse<String> wrong = browser.postJson(
                at("/api/customers"), "{\"email\":\"c2@example.com\"}", Map.of(CsrfTokens.HEADER, "guess"));
        HttpResponse<String> with = browser.postJson(
                at("/api/customers"), "{\"email\":\"c3@example.com\"}", Map.of(CsrfTokens.HEADER, csrf));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    }

    @Test
    void a_google_account_whose_email_is_not_verified_is_not_signed_in() {
        Browser browser = new Browser();
        URI authorize = Browser.location(browser.get(at("/oauth/login/google")));
        browser.get(authorize);
        URI callback = Browser.location(browser.postForm(
                authorize,
                Map.of("username", "unverified", "claims", "{\"email\":\"u@example.com\",\"email_verified\":false}")));

        browser.get(callback);

        assertThat(browser.cookie("JWT")).isEmpty();
        assertThat(browser.get(at("/api/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void a_stranger_gets_401_and_no_redirect() {
        HttpResponse<String> answer = new Browser().get(at("/api/customers"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}

package io.minicrm.adapter.http.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.minicrm.adapter.http.security.SignedInMode;
import io.minicrm.adapter.http.web.BrowserPageTest;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in with a real OpenID Connect provider (mock-oauth2-server and its login form) in the browser, choosing a
 * workspace, and signing out.
 */
@MicronautTest
class SignInPageTest extends BrowserPageTest implements TestPropertyProvider {

    private final MockOAuth2Server issuers = SignedInMode.startedIssuers(true);

    @Inject
    Identity identity;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = SignedInMode.properties(issuers);
        properties.put("micronaut.security.redirect.login-failure", "/sign-in?refused");
        return properties;
    }

    @AfterAll
    void stopIssuers() {
        issuers.shutdown();
    }

    @BeforeEach
    void signedOut() {
        browser.open("/sign-in");
        browser.driver().manage().deleteAllCookies();
    }

    /** Goes through the provider's login form as the user would, from the sign-in page's Google button. */
    private void signInWithGoogle(String subject, String claims) {
        browser.open("/sign-in");
        browser.find(By.linkText("Sign in with Google")).click();
        browser.find(By.name("username")).sendKeys(subject);
        browser.find(By.name("claims")).sendKeys(claims);
        browser.find(By.cssSelector("input[type=submit]")).click();
    }

    private static String verified(String email, String name) {
        return "{\"email\":\"" + email + "\",\"email_verified\":true,\"name\":\"" + name + "\"}";
    }

    /** Waits until the browser shows {@code path}, loaded: pages here change by redirects and by script. */
    private void waitForPath(String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void a_user_signs_in_switches_to_a_workspace_they_were_invited_to_and_signs_out() {
        browser.open("/");
        waitForPath("/sign-in");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Sign in with Google", "Sign in with Keycloak");
        browser.assertAccessible();
        browser.screenshot("sign-in");

        signInWithGoogle("asha-subject", verified("asha@example.com", "Asha Rao"));
        waitForPath("/");
        browser.waitForText(By.cssSelector("header .who"), "Asha Rao");
        String own = browser.find(By.cssSelector("header .workspace")).getText();
        assertThat(own).startsWith("w-");

        String invitedTo = invitesAsha();
        browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitForPath("/sign-in");
        signInWithGoogle("asha-subject", verified("asha@example.com", "Asha Rao"));
        waitForPath("/");
        browser.open("/settings");
        assertThat(browser.find(By.id("members")).getText()).contains("Asha Rao (you)", "asha@example.com");
        browser.assertAccessible();
        browser.screenshot("settings-members");

        new Select(browser.find(By.id("workspace-choice"))).selectByValue(invitedTo);
        browser.find(By.xpath("//button[normalize-space()='Switch']")).click();
        waitForPath("/");
        // The switch reloads the page from script: until the new one is in place, the old one's nodes vanish under us.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.cssSelector("header .workspace"))
                        .getText()
                        .equals(invitedTo));
        assertThat(browser.find(By.cssSelector("header .who")).getText()).contains("(marketer)");
        assertThat(browser.findAll(By.linkText("Settings"))).isEmpty();
        browser.assertAccessible();

        browser.open("/");
        browser.waitForText(By.cssSelector("header .workspace"), invitedTo);
        Cookie choice = browser.driver().manage().getCookieNamed("crmWorkspace");
        assertThat(choice.isHttpOnly()).isTrue();
        assertThat(choice.getSameSite()).isEqualTo("Lax");

        browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitForPath("/sign-in");
        browser.open("/");
        waitForPath("/sign-in");
    }

    /** Ravi's workspace invites Asha as a marketer; she joins at her next sign-in. */
    private String invitesAsha() {
        Access ravi = identity.signIn(
                        new SignInClaims("https://issuer", "ravi-subject", "ravi@example.com", "Ravi"), "test")
                .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                .block();
        identity.invite(ravi, "asha@example.com", Role.MARKETER).block();
        return ravi.workspace().value();
    }

    @Test
    void a_refused_sign_in_comes_back_to_the_sign_in_page_saying_why() {
        signInWithGoogle("unverified-subject", "{\"email\":\"u@example.com\",\"email_verified\":false}");

        waitForPath("/sign-in");
        assertThat(browser.find(By.cssSelector(".refused")).getText()).contains("refused", "verified e-mail");
        assertThat(browser.driver().manage().getCookieNamed("JWT")).isNull();
    }

    @Test
    void the_switcher_refuses_a_workspace_the_user_does_not_belong_to() {
        signInWithGoogle("mira-subject", verified("mira@example.com", "Mira"));
        waitForPath("/");

        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const headers = JSON.parse(document.body.getAttribute("hx-headers"));
                        headers["Content-Type"] = "application/x-www-form-urlencoded";
                        fetch("/workspace", {method: "POST", headers, body: "workspace=w-not-theirs"})
                            .then(answer => done(answer.status));
                        """);

        assertThat(status).isEqualTo(404L);
        assertThat(browser.driver().manage().getCookieNamed("crmWorkspace")).isNull();
    }

    @Test
    void a_workspace_cookie_the_user_does_not_belong_to_is_refused_once_and_forgotten() {
        signInWithGoogle("lata-subject", verified("lata@example.com", "Lata"));
        waitForPath("/");

        browser.driver().manage().addCookie(new Cookie("crmWorkspace", "w-not-theirs"));
        browser.open("/api/me");
        assertThat(browser.find(By.tagName("body")).getText()).contains("not found");
        browser.open("/api/me");
        assertThat(browser.find(By.tagName("body")).getText()).contains("lata@example.com");
    }

    @Test
    void a_page_or_its_htmx_request_without_a_session_is_sent_to_sign_in_while_the_api_answers_401() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(server.getURI().resolve("/settings"))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = client.send(
                HttpRequest.newBuilder(server.getURI().resolve("/api/customers"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = get(client, "/settings");
        HttpResponse<String> htmx = client.send(
                HttpRequest.newBuilder(server.getURI().resolve("/dashboard/figures"))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/sign-in");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(htmx.statusCode()).isEqualTo(401);
        assertThat(htmx.headers().firstValue("HX-Redirect")).contains("/sign-in");
        assertThat(api.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(get(client, "/assets/crm.css").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(server.getURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

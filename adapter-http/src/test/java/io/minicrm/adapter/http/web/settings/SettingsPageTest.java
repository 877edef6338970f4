package io.minicrm.adapter.http.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.web.BrowserPageTest;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The owners' settings, in local mode (the browser is the owner of {@code default}) and by API tokens elsewhere. */
@MicronautTest
class SettingsPageTest extends BrowserPageTest {

    @Inject
    Identity identity;

    @Test
    void an_owner_invites_a_member_and_creates_a_token_whose_secret_is_shown_once() {
        browser.open("/settings");
        browser.find(By.id("invite-email")).sendKeys("new.marketer@example.com");
        new Select(browser.find(By.id("invite-role"))).selectByValue("marketer");
        browser.find(By.cssSelector("#invitations button[type=submit]")).click();
        browser.waitForText(By.id("invitations"), "new.marketer@example.com");

        browser.find(By.id("token-name")).sendKeys("Nightly export");
        browser.find(By.cssSelector("#tokens button[type=submit]")).click();
        browser.waitForText(By.id("tokens"), "shown this once");

        assertThat(browser.find(By.cssSelector("[data-secret]")).getText()).startsWith("crm_");
        assertThat(browser.find(By.cssSelector("#tokens tbody")).getText()).contains("Nightly export", "viewer");
        assertThat(browser.find(By.cssSelector("nav a[aria-current=page]")).getText())
                .isEqualTo("Settings");
        browser.assertAccessible();
        browser.screenshot("settings");

        browser.open("/settings");
        assertThat(browser.find(By.id("tokens")).getText())
                .contains("Nightly export")
                .doesNotContain("crm_");
    }

    @Test
    void an_invitation_to_no_e_mail_is_refused_next_to_its_form() {
        browser.open("/settings");
        browser.find(By.id("invite-email")).sendKeys("nobody");
        // The browser's own check would stop the form: the service's answer is what is tested.
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('invite-email').type = 'text'");
        browser.find(By.cssSelector("#invitations button[type=submit]")).click();

        browser.waitForText(By.id("invite-problem"), "email");
        assertThat(browser.find(By.id("invite-email")).getAttribute("value")).isEqualTo("nobody");
    }

    @Test
    void the_settings_of_a_new_workspace_render_with_nothing_waiting() {
        String owner = tokenOf(newWorkspace("settings-empty"), Role.OWNER, "monitor");

        String page = html(owner);

        assertThat(page)
                .contains(
                        "<title>Settings · Mini CRM</title>",
                        "No invitation is waiting",
                        "settings-empty@example.com",
                        "None declared: rules name the standard fields only.");
    }

    @Test
    void a_token_named_like_a_script_shows_as_text() {
        String owner = tokenOf(newWorkspace("settings-escaped"), Role.OWNER, "<script>alert(1)</script>");

        String page = html(owner);

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void a_marketer_is_told_the_settings_are_for_owners() {
        String marketer = tokenOf(newWorkspace("settings-marketer"), Role.MARKETER, "marketer");

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> html(marketer));

        assertThat(refused.getStatus().getCode()).isEqualTo(403);
        assertThat(refused.getResponse().getBody(String.class))
                .hasValueSatisfying(body -> assertThat(body).contains("Only the workspace's owners"));
    }

    @Test
    void the_last_owner_cannot_be_made_a_viewer_and_is_told_why() {
        Access owner = newWorkspace("settings-last-owner");

        String part = post(
                "/settings/members/" + owner.user().value() + "/role",
                "role=viewer",
                tokenOf(owner, Role.OWNER, "owner"));

        assertThat(part).contains("id=\"members\"", "class=\"problem\"", "owner");
        assertThat(identity.members(owner).block())
                .singleElement()
                .satisfies(member -> assertThat(member.role()).isEqualTo(Role.OWNER));
    }

    @Test
    void a_revoked_token_is_listed_as_revoked_and_no_longer_offers_revoking() {
        Access owner = newWorkspace("settings-revoke");
        String secret = tokenOf(owner, Role.OWNER, "owner");
        String id = identity.tokens(owner).block().getFirst().id().value();
        tokenOf(owner, Role.VIEWER, "doomed");
        String doomed = identity.tokens(owner).block().stream()
                .filter(token -> token.name().equals("doomed"))
                .findFirst()
                .orElseThrow()
                .id()
                .value();

        String part = post("/settings/tokens/" + doomed + "/revoke", "", secret);

        assertThat(part)
                .contains("revoked")
                .contains("/settings/tokens/" + id + "/revoke")
                .doesNotContain("/settings/tokens/" + doomed + "/revoke");
    }

    private String post(String path, String form, String token) {
        return http.toBlocking()
                .retrieve(HttpRequest.POST(path, form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE)
                        .bearerAuth(token));
    }

    private Access newWorkspace(String subject) {
        return identity.signIn(new SignInClaims("https://issuer", subject, subject + "@example.com", ""), "test")
                .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                .block();
    }

    private String tokenOf(Access owner, Role role, String name) {
        return identity.createToken(owner, name, role, Duration.ofDays(1))
                .block()
                .secret();
    }

    private String html(String token) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/settings")
                                .accept(MediaType.TEXT_HTML_TYPE)
                                .bearerAuth(token),
                        String.class);
        return page.body();
    }
}

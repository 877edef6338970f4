package io.minicrm.adapter.http.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.CampaignResponse;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A viewer reads the campaign pages without the buttons that would change data; an owner sees them. */
@MicronautTest
@Property(name = "crm.auth.local", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerCampaignPagesTest {

    private static final String[] CHANGING = {
        "href=\"/campaigns/new\"", "Cancel campaign", "/queue", "hx-post", "name=\"action\""
    };

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Identity identity;

    private String owner;
    private String viewer;
    private String campaign;

    @BeforeAll
    void aWorkspaceWithADraft() {
        Access access = identity.signIn(
                        new SignInClaims("https://issuer", "viewer-pages", "viewer-pages@example.com", ""), "test")
                .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                .block();
        owner = token(access, Role.OWNER);
        viewer = token(access, Role.VIEWER);
        String segment = http.toBlocking()
                .retrieve(
                        as(
                                owner,
                                HttpRequest.POST(
                                        "/api/segment-rules", Map.of("name", "All", "rule", "total_spend > 1"))),
                        Map.class)
                .get("id")
                .toString();
        campaign = http.toBlocking()
                .retrieve(
                        as(
                                owner,
                                HttpRequest.POST(
                                        "/api/campaigns",
                                        Map.of("name", "Draft", "segmentId", segment, "message", "Hi {{first_name}}"))),
                        CampaignResponse.class)
                .id();
    }

    @Test
    void a_viewer_sees_no_button_that_changes_a_campaign() {
        assertThat(page(viewer, "/campaigns")).doesNotContain(CHANGING);
        assertThat(page(viewer, "/campaigns/" + campaign)).doesNotContain(CHANGING);
        assertThat(page(viewer, "/campaigns/new"))
                .contains("may read campaigns but not write them")
                .doesNotContain(CHANGING);
    }

    @Test
    void an_owner_sees_the_buttons_a_draft_allows() {
        assertThat(page(owner, "/campaigns")).contains("href=\"/campaigns/new\"");
        assertThat(page(owner, "/campaigns/" + campaign)).contains("Cancel campaign", "/queue");
    }

    private String page(String token, String path) {
        return http.toBlocking()
                .retrieve(as(token, HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE)), String.class);
    }

    private static <T> MutableHttpRequest<T> as(String token, MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }

    private String token(Access access, Role role) {
        return identity.createToken(access, "pages", role, Duration.ofDays(1))
                .block()
                .secret();
    }
}

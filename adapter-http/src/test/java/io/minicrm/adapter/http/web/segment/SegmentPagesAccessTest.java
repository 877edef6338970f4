package io.minicrm.adapter.http.web.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Role;
import io.minicrm.application.port.shared.SignInClaims;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The segment pages as a viewer and as a member of another workspace see them; principals are API tokens. */
@MicronautTest
@Property(name = "crm.auth.local", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentPagesAccessTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Identity identity;

    @Inject
    Segments segments;

    private String viewer;
    private String ownerOfAnother;
    private String segment;

    @BeforeAll
    void aWorkspaceWithASegmentAndAnother() {
        Access team = ownerOf("segments-team");
        viewer = token(team, Role.VIEWER);
        ownerOfAnother = token(ownerOf("segments-other"), Role.OWNER);
        segment = segments.define(
                        team.workspace(), new SegmentDraft("Pune", "", new RuleSource.Text("city = \"Pune\""), "test"))
                .block()
                .id()
                .value();
    }

    @Test
    void a_viewer_sees_the_segments_without_the_buttons_that_would_change_them() {
        String list = html("/segments", viewer);
        String builder = html("/segments/" + segment, viewer);

        assertThat(list).contains("Pune").doesNotContain("New segment");
        assertThat(builder)
                .contains("<rule-builder")
                .doesNotContain("save-segment")
                .doesNotContain("Describe your audience");
    }

    @Test
    void another_workspace_does_not_find_the_segment() {
        HttpClientResponseException missing = catchThrowableOfType(
                HttpClientResponseException.class, () -> html("/segments/" + segment, ownerOfAnother));

        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(html("/segments", ownerOfAnother)).doesNotContain("Pune");
    }

    private String html(String path, String token) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE).bearerAuth(token), String.class);
    }

    private Access ownerOf(String subject) {
        return identity.signIn(new SignInClaims("https://issuer", subject, subject + "@example.com", ""), "test")
                .flatMap(me -> identity.accessOf(me.user().id(), Optional.empty()))
                .block();
    }

    private String token(Access access, Role role) {
        return identity.createToken(access, "segments", role, Duration.ofDays(1))
                .block()
                .secret();
    }
}

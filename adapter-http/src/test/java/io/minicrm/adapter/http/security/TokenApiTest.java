package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.identity.AuditEntryResponse;
import io.minicrm.adapter.http.identity.MeResponse;
import io.minicrm.adapter.http.identity.TokenResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class TokenApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private TokenResponse make(String role) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/tokens", Map.of("name", "ci " + role, "role", role)),
                        TokenResponse.class);
    }

    private int status(MutableHttpRequest<?> request, String secret) {
        try {
            return http.toBlocking()
                    .exchange(request.bearerAuth(secret), Argument.STRING)
                    .code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    @Test
    void a_token_acts_in_its_workspace_and_role_and_is_shown_once() {
        TokenResponse made = make("viewer");

        MeResponse me =
                http.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(made.secret()), MeResponse.class);
        List<TokenResponse> listed =
                http.toBlocking().retrieve(HttpRequest.GET("/api/tokens"), Argument.listOf(TokenResponse.class));

        assertThat(made.secret()).startsWith("crm_");
        assertThat(me.principal()).isEqualTo("token:" + made.id());
        assertThat(me.role()).isEqualTo("viewer");
        assertThat(listed)
                .filteredOn(token -> token.id().equals(made.id()))
                .singleElement()
                .satisfies(token -> {
                    assertThat(token.secret()).isNull();
                    assertThat(token.lastUsedAt()).isNotNull();
                });
    }

    @Test
    void a_viewer_token_reads_but_may_not_change() {
        String viewer = make("viewer").secret();

        assertThat(status(HttpRequest.GET("/api/customers"), viewer)).isEqualTo(200);
        assertThat(status(HttpRequest.POST("/api/customers", Map.of("email", "v@example.com")), viewer))
                .isEqualTo(403);
        assertThat(status(HttpRequest.POST("/api/segment-rules/validate", Map.of("rule", "total_spend > 1")), viewer))
                .isEqualTo(200);
    }

    @Test
    void a_marketer_token_changes_data_but_not_members_or_tokens() {
        String marketer = make("marketer").secret();

        assertThat(status(HttpRequest.POST("/api/customers", Map.of("email", "m@example.com")), marketer))
                .isEqualTo(201);
        assertThat(status(HttpRequest.GET("/api/members"), marketer)).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/api/tokens", Map.of("name", "x", "role", "viewer")), marketer))
                .isEqualTo(403);
    }

    @Test
    void a_revoked_token_and_a_made_up_one_are_refused_with_401() {
        TokenResponse made = make("marketer");

        http.toBlocking().exchange(HttpRequest.DELETE("/api/tokens/" + made.id()));

        assertThat(status(HttpRequest.GET("/api/customers"), made.secret())).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/customers"), "crm_made-up")).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/customers"), "not-even-ours")).isEqualTo(401);
    }

    @Test
    void making_and_revoking_tokens_is_in_the_owners_audit_log() {
        TokenResponse made = make("viewer");
        http.toBlocking().exchange(HttpRequest.DELETE("/api/tokens/" + made.id()));

        PageResponse<AuditEntryResponse> log = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/audit?size=100"),
                        Argument.of(PageResponse.class, AuditEntryResponse.class));

        assertThat(log.items())
                .extracting(AuditEntryResponse::action, AuditEntryResponse::detail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("token-created", made.id() + " ci viewer"),
                        org.assertj.core.groups.Tuple.tuple("token-revoked", made.id() + " ci viewer"));
        assertThat(log.items()).allSatisfy(entry -> assertThat(entry.from()).isNotBlank());
    }
}

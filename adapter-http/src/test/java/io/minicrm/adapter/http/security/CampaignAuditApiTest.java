package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.identity.AuditEntryResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignAuditApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private String created(String path, Map<String, Object> body) {
        Map<?, ?> answer = http.toBlocking().retrieve(HttpRequest.POST(path, body), Map.class);
        return (String) answer.get("id");
    }

    @Test
    void queueing_a_campaign_is_in_the_audit_log_with_who_queued_it() {
        String segment = created("/api/segment-rules", Map.of("name", "Audited", "rule", "total_spend > 1"));
        String campaign = created(
                "/api/campaigns",
                Map.of("name", "Audited campaign", "segmentId", segment, "message", "Hi {{first_name}}"));

        http.toBlocking().exchange(HttpRequest.POST("/api/campaigns/" + campaign + "/queue", ""));
        PageResponse<AuditEntryResponse> log = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/audit?size=100"),
                        Argument.of(PageResponse.class, AuditEntryResponse.class));

        assertThat(log.items())
                .filteredOn(entry -> entry.detail().startsWith(campaign))
                .extracting(AuditEntryResponse::action, AuditEntryResponse::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("campaign-queued", "user:local"));
    }
}

package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

// A class of its own: the history is the whole workspace's, so no other test may add to it.
@MicronautTest
class CampaignHistoryApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    private PageResponse<CampaignResponse> page(String query) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/campaigns" + query),
                        Argument.of(PageResponse.class, CampaignResponse.class));
    }

    @Test
    void the_history_pages_newest_first_and_filters_by_status() {
        ApiScenario given = new ApiScenario(http, segments);
        String segmentId = given.segmentOf("Thane");
        given.emailCampaign("First", segmentId);
        String second = given.emailCampaign("Second", segmentId).id();
        given.emailCampaign("Third", segmentId);
        http.toBlocking().exchange(HttpRequest.POST("/api/campaigns/" + second + "/cancel", ""));

        PageResponse<CampaignResponse> newest = page("?size=2");
        PageResponse<CampaignResponse> oldest = page("?size=2&page=1");
        PageResponse<CampaignResponse> cancelled = page("?status=cancelled");

        assertThat(newest.total()).isEqualTo(3);
        assertThat(newest.items()).extracting(CampaignResponse::name).containsExactly("Third", "Second");
        assertThat(oldest.items()).extracting(CampaignResponse::name).containsExactly("First");
        assertThat(cancelled.total()).isEqualTo(1);
        assertThat(cancelled.items()).extracting(CampaignResponse::id).containsExactly(second);
    }
}

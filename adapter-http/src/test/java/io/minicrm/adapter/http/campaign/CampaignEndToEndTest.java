package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignEndToEndTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    @Test
    void a_campaign_queued_over_http_completes_with_exact_counters() throws InterruptedException {
        ApiScenario given = new ApiScenario(http, segments);
        given.customer("meera@example.com", "Kolhapur");
        given.customer("somebody-else@example.com", "Satara");
        String campaignId =
                given.emailCampaign("Welcome", given.segmentOf("Kolhapur")).id();

        given.queue(campaignId);
        CampaignStatusResponse done =
                given.awaitStatus(campaignId, status -> status.status().equals("COMPLETED"));

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.campaignId()).isEqualTo(campaignId);
        assertThat(done.counters().audience()).isEqualTo(1);
        assertThat(done.counters().pending()).isZero();
        assertThat(done.counters().sent() + done.counters().failed()).isEqualTo(1);
        assertThat(done.counters().delivered()).isZero();
        assertThat(done.counters().successRate()).isEqualTo(done.counters().sent() == 1 ? 1.0 : 0.0);
    }
}

package io.minicrm.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DeadLetterApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    @Inject
    InMemoryDispatchQueue queue;

    private ApiScenario given;

    @BeforeEach
    void scenario() {
        given = new ApiScenario(http, segments);
    }

    @Test
    void counts_a_campaigns_dead_letters_by_reason_and_redrives_them() {
        String campaignId =
                given.emailCampaign("Stuck", given.segmentOf("Nashik")).id();
        // Set aside as a sender does once the channel stayed unreachable through every try.
        queue.setAside(List.of(
                        letter(campaignId, "c-1", "channel unreachable after 3 tries: timeout"),
                        letter(campaignId, "c-2", "channel unreachable after 3 tries: timeout")))
                .block();

        DeadLetterResponse counted =
                http.toBlocking().retrieve("/api/campaigns/" + campaignId + "/dead-letters", DeadLetterResponse.class);
        RedriveResponse redriven = http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/campaigns/" + campaignId + "/dead-letters/redrive", ""),
                        RedriveResponse.class);

        assertThat(counted)
                .isEqualTo(new DeadLetterResponse(
                        campaignId, 2, Map.of("channel unreachable after 3 tries: timeout", 2L)));
        assertThat(redriven).isEqualTo(new RedriveResponse(campaignId, 2));
        assertThat(http.toBlocking()
                        .retrieve("/api/campaigns/" + campaignId + "/dead-letters", DeadLetterResponse.class))
                .isEqualTo(new DeadLetterResponse(campaignId, 0, Map.of()));
    }

    @Test
    void the_dead_letters_of_an_unknown_campaign_are_not_found() {
        ProblemDetails counted = given.problemOf(HttpRequest.GET("/api/campaigns/nothing/dead-letters"));
        ProblemDetails redriven = given.problemOf(HttpRequest.POST("/api/campaigns/nothing/dead-letters/redrive", ""));

        assertThat(counted.status()).isEqualTo(404);
        assertThat(counted.detail()).isEqualTo("campaign 'nothing' was not found");
        assertThat(redriven.status()).isEqualTo(404);
    }

    private static DeadLetter letter(String campaign, String customer, String reason) {
        CampaignId id = new CampaignId(campaign);
        CustomerId recipient = new CustomerId(customer);
        return new DeadLetter(
                new DeliveryRequest(WorkspaceId.DEFAULT, DeliveryId.of(id, recipient), recipient),
                id,
                reason,
                Instant.now());
    }
}

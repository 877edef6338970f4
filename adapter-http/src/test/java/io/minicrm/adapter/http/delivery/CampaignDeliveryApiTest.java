package io.minicrm.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignDeliveryApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    private ApiScenario given;

    @BeforeEach
    void scenario() {
        given = new ApiScenario(http, segments);
    }

    private PageResponse<DeliveryResponse> page(String uri) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(uri), Argument.of(PageResponse.class, DeliveryResponse.class));
    }

    @Test
    void a_completed_campaign_lists_one_rendered_delivery_per_recipient() throws InterruptedException {
        String asha = given.customer("asha@example.com", "Solapur");
        given.customer("ravi@example.com", "Solapur");
        String campaignId =
                given.emailCampaign("Offer", given.segmentOf("Solapur")).id();
        given.queue(campaignId);
        given.awaitStatus(campaignId, status -> status.status().equals("COMPLETED"));

        PageResponse<DeliveryResponse> all = page("/api/campaigns/" + campaignId + "/deliveries?size=1");
        PageResponse<DeliveryResponse> pending = page("/api/campaigns/" + campaignId + "/deliveries?status=PENDING");

        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).hasSize(1);
        assertThat(page("/api/campaigns/" + campaignId + "/deliveries").items())
                .filteredOn(delivery -> delivery.customerId().equals(asha))
                .singleElement()
                .satisfies(delivery -> {
                    assertThat(delivery.campaignId()).isEqualTo(campaignId);
                    assertThat(delivery.recipient()).isEqualTo("asha@example.com");
                    assertThat(delivery.subject()).isEqualTo("News for Test");
                    assertThat(delivery.message()).isEqualTo("Hi Test, 10% off.");
                    assertThat(delivery.status()).isIn("SENT", "FAILED");
                    assertThat(delivery.attempts()).isEqualTo(1);
                });
        assertThat(pending.total()).isZero();
    }

    @Test
    void a_misspelt_status_filter_is_refused_naming_the_parameter() {
        String campaignId =
                given.emailCampaign("Filtered", given.segmentOf("Latur")).id();

        ProblemDetails problem =
                given.problemOf(HttpRequest.GET("/api/campaigns/" + campaignId + "/deliveries?status=BOUNCED"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new Violation(
                        "status",
                        "choose one of PENDING, SENT, DELIVERED, FAILED, SKIPPED, SUPPRESSED, not 'BOUNCED'"));
    }

    @Test
    void the_deliveries_of_an_unknown_campaign_are_not_found() {
        ProblemDetails problem = given.problemOf(HttpRequest.GET("/api/campaigns/nothing/deliveries"));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("campaign 'nothing' was not found");
    }
}

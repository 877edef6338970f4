package io.minicrm.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignStatusResponse;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DeliveryReceiptApiTest {

    private static final String AT = "2030-01-31T09:00:00Z";

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

    private PageResponse<DeliveryResponse> deliveries(String campaignId, String status) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/campaigns/" + campaignId + "/deliveries?status=" + status),
                        Argument.of(PageResponse.class, DeliveryResponse.class));
    }

    private static Map<String, Object> receipt(String deliveryId, String status) {
        Map<String, Object> receipt = new HashMap<>(Map.of("status", status, "occurredAt", AT));
        if (deliveryId != null) {
            receipt.put("deliveryId", deliveryId);
        }
        return receipt;
    }

    @Test
    void a_vendors_confirmation_is_accepted_and_moves_a_sent_delivery_to_delivered() throws InterruptedException {
        // Five recipients, so that at least one is sent even though the simulated vendor rejects about one in ten.
        for (int n = 1; n <= 5; n++) {
            given.customer("reader" + n + "@example.com", "Akola");
        }
        String campaignId =
                given.emailCampaign("Receipts", given.segmentOf("Akola")).id();
        given.queue(campaignId);
        CampaignStatusResponse completed =
                given.awaitStatus(campaignId, status -> status.status().equals("COMPLETED"));
        String deliveryId = deliveries(campaignId, "SENT").items().getFirst().id();

        HttpResponse<?> accepted = http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/delivery-receipts",
                        Map.of(
                                "receipts",
                                List.of(Map.of(
                                        "deliveryId",
                                        deliveryId,
                                        "status",
                                        "delivered",
                                        "vendorId",
                                        "v-42",
                                        "occurredAt",
                                        AT)))));
        CampaignStatusResponse confirmed =
                given.awaitStatus(campaignId, status -> status.counters().delivered() == 1);

        assertThat(accepted.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(confirmed.counters().delivered()).isEqualTo(1);
        assertThat(confirmed.counters().sent()).isEqualTo(completed.counters().sent() - 1);
        assertThat(deliveries(campaignId, "DELIVERED").items()).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo(deliveryId);
            assertThat(delivery.vendorId()).isEqualTo("v-42");
        });
    }

    @Test
    void every_unreadable_receipt_field_is_named_by_its_index() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/delivery-receipts",
                Map.of(
                        "receipts",
                        List.of(
                                receipt("c:1", "SENT"),
                                receipt("c:2", "READ"),
                                receipt("c:3", "PENDING"),
                                receipt(null, "FAILED"),
                                Map.of("deliveryId", "c:5", "status", "SENT", "occurredAt", "yesterday")))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(
                        new Violation(
                                "receipts[1].status",
                                "choose one of PENDING, SENT, DELIVERED, FAILED, SKIPPED, SUPPRESSED, not 'READ'"),
                        new Violation(
                                "receipts[2].status", "a receipt reports SENT, DELIVERED or FAILED, never PENDING"),
                        new Violation("receipts[3].deliveryId", "this field is required"),
                        new Violation(
                                "receipts[4].occurredAt",
                                "give an ISO-8601 date-time such as 2030-01-31T09:00:00Z, not 'yesterday'"));
    }

    @Test
    void a_callback_without_receipts_is_refused() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST("/api/delivery-receipts", Map.of()));

        assertThat(problem.violations())
                .containsExactly(new Violation("receipts", "a callback carries a list of receipts"));
    }
}

package io.minicrm.adapter.http.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.EngineFactory;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignStatusResponse;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.ReceiptSignatures;
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

    @Inject
    JsonMapper mapper;

    private ApiScenario given;
    private String campaignId;
    private CampaignStatusResponse completed;

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

    /** The callback a vendor sends: the body's JSON bytes, signed at {@code at} with the default workspace's secret. */
    private MutableHttpRequest<byte[]> callback(Object body, Instant at) {
        byte[] json = json(body);
        return HttpRequest.POST("/api/delivery-receipts", json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(ReceiptSignatures.HEADER, ReceiptSignatures.sign(EngineFactory.VENDOR_SECRET, at, json));
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static Map<String, Object> delivered(String deliveryId) {
        return Map.of(
                "receipts",
                List.of(Map.of("deliveryId", deliveryId, "status", "delivered", "vendorId", "v-42", "occurredAt", AT)));
    }

    /** A campaign to five recipients, completed, and one of its SENT deliveries. */
    private String sentDelivery(String city) throws InterruptedException {
        // Five recipients, so that at least one is sent even though the simulated vendor rejects about one in ten.
        for (int n = 1; n <= 5; n++) {
            given.customer("reader" + n + "@" + city.toLowerCase(Locale.ROOT) + ".example.com", city);
        }
        campaignId = given.emailCampaign("Receipts", given.segmentOf(city)).id();
        given.queue(campaignId);
        completed = given.awaitStatus(campaignId, status -> status.status().equals("COMPLETED"));
        return deliveries(campaignId, "SENT").items().getFirst().id();
    }

    private static Map<String, Object> receipt(String deliveryId, String status) {
        Map<String, Object> receipt = new HashMap<>(Map.of("status", status, "occurredAt", AT));
        if (deliveryId != null) {
            receipt.put("deliveryId", deliveryId);
        }
        return receipt;
    }

    @Test
    void a_signed_confirmation_is_accepted_and_moves_a_sent_delivery_to_delivered() throws InterruptedException {
        String deliveryId = sentDelivery("Akola");

        HttpResponse<?> accepted = http.toBlocking().exchange(callback(delivered(deliveryId), Instant.now()));
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
    void unsigned_wrongly_signed_and_stale_callbacks_are_refused_and_change_nothing() throws InterruptedException {
        String deliveryId = sentDelivery("Wardha");
        byte[] body = json(delivered(deliveryId));
        byte[] otherSecret = "not the workspace's secret, but as long as one".getBytes(StandardCharsets.UTF_8);

        ProblemDetails unsigned = given.problemOf(
                HttpRequest.POST("/api/delivery-receipts", body).contentType(MediaType.APPLICATION_JSON_TYPE));
        ProblemDetails wronglySigned = given.problemOf(HttpRequest.POST("/api/delivery-receipts", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(ReceiptSignatures.HEADER, ReceiptSignatures.sign(otherSecret, Instant.now(), body)));
        ProblemDetails edited = given.problemOf(HttpRequest.POST(
                        "/api/delivery-receipts", json(Map.of("receipts", List.of(receipt(deliveryId, "FAILED")))))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(
                        ReceiptSignatures.HEADER,
                        ReceiptSignatures.sign(EngineFactory.VENDOR_SECRET, Instant.now(), body)));
        ProblemDetails replayed =
                given.problemOf(callback(delivered(deliveryId), Instant.now().minus(Duration.ofMinutes(6))));
        ProblemDetails slashed = given.problemOf(
                HttpRequest.POST("/api/delivery-receipts/", body).contentType(MediaType.APPLICATION_JSON_TYPE));
        ProblemDetails elsewhere = given.problemOf(
                callback(delivered(deliveryId), Instant.now()).header("X-Crm-Workspace", "another-workspace"));
        // Had any been taken, the receipt writer's window would have passed many times over by now.
        Thread.sleep(300);

        assertThat(List.of(unsigned, wronglySigned, edited, replayed, slashed, elsewhere))
                .extracting(ProblemDetails::status)
                .containsOnly(401);
        assertThat(unsigned.detail()).isEqualTo("a receipt callback is signed: send the X-Crm-Signature header");
        assertThat(replayed.detail()).contains("s away from the service's clock");
        assertThat(deliveries(campaignId, "DELIVERED").items()).isEmpty();
        assertThat(deliveries(campaignId, "FAILED").items())
                .extracting(DeliveryResponse::id)
                .doesNotContain(deliveryId);
        assertThat(given.status(campaignId).counters()).isEqualTo(completed.counters());
    }

    @Test
    void every_unreadable_receipt_field_is_named_by_its_index() {
        ProblemDetails problem = given.problemOf(callback(
                Map.of(
                        "receipts",
                        List.of(
                                receipt("c:1", "SENT"),
                                receipt("c:2", "READ"),
                                receipt("c:3", "PENDING"),
                                receipt(null, "FAILED"),
                                Map.of("deliveryId", "c:5", "status", "SENT", "occurredAt", "yesterday"))),
                Instant.now()));

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
        ProblemDetails problem = given.problemOf(callback(Map.of(), Instant.now()));

        assertThat(problem.violations())
                .containsExactly(new Violation("receipts", "a callback carries a list of receipts"));
    }
}

package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Campaigns written the way the original system's clients write them: no channel, no subject, the segment as ruleId. */
@MicronautTest
class OriginalCampaignRequestApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    private ApiScenario given;
    private String segmentId;

    @BeforeEach
    void scenario() {
        given = new ApiScenario(http, segments);
        segmentId = given.segmentOf("Ooty");
    }

    private HttpResponse<CampaignResponse> create(Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/campaigns", body), CampaignResponse.class);
    }

    @Test
    void a_campaign_of_a_name_a_segment_and_a_message_is_an_email_whose_subject_is_its_name() {
        HttpResponse<CampaignResponse> created = create(Map.of(
                "name",
                "Monsoon sale",
                "segmentId",
                segmentId,
                "message",
                "Hi {{first_name|there}}, umbrellas are 20% off."));

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body().channel()).isEqualTo("EMAIL");
        assertThat(created.body().subject()).isEqualTo("Monsoon sale");
        assertThat(created.body().message()).isEqualTo("Hi {{first_name|there}}, umbrellas are 20% off.");
    }

    @Test
    void a_campaign_naming_its_segment_as_ruleId_with_an_intent_takes_the_intent_as_subject_and_is_sent()
            throws InterruptedException {
        given.customer("ooty-one@example.com", "Ooty");
        given.customer("ooty-two@example.com", "Ooty");

        CampaignResponse created = create(Map.of(
                        "name",
                        "Tea festival",
                        "ruleId",
                        segmentId,
                        "message",
                        "Hi {{first_name}}, come taste.",
                        "intent",
                        "Product launch"))
                .body();
        CampaignResponse queued = given.queue(created.id());
        CampaignStatusResponse done =
                given.awaitStatus(created.id(), status -> status.status().equals("COMPLETED"));

        assertThat(created.segmentId()).isEqualTo(segmentId);
        assertThat(created.channel()).isEqualTo("EMAIL");
        assertThat(created.subject()).isEqualTo("Product launch");
        assertThat(queued.status()).isEqualTo("QUEUED");
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.counters().audience()).isEqualTo(2);
    }

    @Test
    void a_subject_given_is_kept_whatever_the_intent() {
        CampaignResponse created = create(Map.of(
                        "name",
                        "Kept",
                        "segmentId",
                        segmentId,
                        "subject",
                        "Our own subject",
                        "intent",
                        "Sale announcement",
                        "message",
                        "Hello"))
                .body();

        assertThat(created.subject()).isEqualTo("Our own subject");
    }

    @Test
    void an_sms_has_no_subject_even_with_an_intent() {
        CampaignResponse created = create(Map.of(
                        "name",
                        "Text",
                        "segmentId",
                        segmentId,
                        "channel",
                        "SMS",
                        "intent",
                        "Reminder",
                        "message",
                        "Hello"))
                .body();

        assertThat(created.channel()).isEqualTo("SMS");
        assertThat(created.subject()).isNull();
    }

    @Test
    void ruleId_and_segmentId_naming_the_same_segment_are_accepted() {
        assertThat(create(Map.of("name", "Both", "segmentId", segmentId, "ruleId", segmentId, "message", "Hello"))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void ruleId_and_segmentId_naming_different_segments_are_refused_naming_both() {
        String other = given.segmentOf("Shimla");

        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/campaigns",
                Map.of("name", "Which", "segmentId", segmentId, "ruleId", other, "message", "Hello")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new Violation(
                        "ruleId",
                        "ruleId is another name for segmentId, and the two " + "differ ('" + other + "' and '"
                                + segmentId + "'): give one of them"));
    }

    @Test
    void a_ruleId_that_names_no_segment_is_refused_under_ruleId() {
        ProblemDetails problem = given.problemOf(
                HttpRequest.POST("/api/campaigns", Map.of("name", "Nobody", "ruleId", "missing", "message", "Hello")));

        assertThat(problem.violations()).containsExactly(new Violation("ruleId", "no segment has the id 'missing'"));
    }

    @Test
    void a_campaign_with_neither_segmentId_nor_ruleId_is_refused_asking_for_segmentId() {
        ProblemDetails problem =
                given.problemOf(HttpRequest.POST("/api/campaigns", Map.of("name", "Nowhere", "message", "Hello")));

        assertThat(problem.violations()).containsExactly(new Violation("segmentId", "this field is required"));
    }
}

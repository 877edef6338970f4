package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class CampaignApiTest {

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
        segmentId = given.segmentOf("Nashik");
    }

    @Test
    void creating_a_campaign_answers_201_with_the_draft_and_where_it_lives() {
        HttpResponse<CampaignResponse> created = http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                "/api/campaigns",
                                Map.of(
                                        "name",
                                        " Diwali ",
                                        "segmentId",
                                        segmentId,
                                        "channel",
                                        "sms",
                                        "message",
                                        "Hi {{first_name|there}}, {{discount}}% off",
                                        "variables",
                                        Map.of("discount", "15"))),
                        CampaignResponse.class);

        CampaignResponse campaign = created.body();
        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(created.header("Location")).isEqualTo("/api/campaigns/" + campaign.id());
        assertThat(campaign.name()).isEqualTo("Diwali");
        assertThat(campaign.segmentId()).isEqualTo(segmentId);
        assertThat(campaign.channel()).isEqualTo("SMS");
        assertThat(campaign.subject()).isNull();
        assertThat(campaign.message()).isEqualTo("Hi {{first_name|there}}, {{discount}}% off");
        assertThat(campaign.variables()).isEqualTo(Map.of("discount", "15"));
        assertThat(campaign.status()).isEqualTo("DRAFT");
        assertThat(campaign.scheduledAt()).isNull();
        assertThat(campaign.counters()).isEqualTo(new CountersResponse(0, 0, 0, 0, 0, 0, 0, null));
    }

    @Test
    void a_campaign_created_with_a_time_is_scheduled_for_it() {
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        CampaignResponse campaign = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/campaigns",
                                Map.of(
                                        "name",
                                        "Later",
                                        "segmentId",
                                        segmentId,
                                        "channel",
                                        "EMAIL",
                                        "subject",
                                        "Soon",
                                        "message",
                                        "Hello",
                                        "scheduledAt",
                                        at.toString())),
                        CampaignResponse.class);

        assertThat(campaign.scheduledAt()).isEqualTo(at);
        assertThat(http.toBlocking()
                        .retrieve("/api/campaigns/" + campaign.id(), CampaignResponse.class)
                        .scheduledAt())
                .isEqualTo(at);
    }

    @Test
    void a_time_in_the_past_is_refused_and_leaves_no_draft_to_be_sent() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/campaigns",
                Map.of(
                        "name",
                        "Too late",
                        "segmentId",
                        segmentId,
                        "channel",
                        "EMAIL",
                        "subject",
                        "Soon",
                        "message",
                        "Hello",
                        "scheduledAt",
                        "2020-01-01T00:00:00Z")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new Violation(
                        "scheduledAt", "a campaign is scheduled for later than now, not 2020-01-01T00:00:00Z"));
        assertThat(http.toBlocking().retrieve("/api/campaigns?status=DRAFT&size=500", String.class))
                .doesNotContain("Too late");
    }

    @Test
    void unknown_placeholders_are_refused_each_named_with_its_field_and_place() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/campaigns",
                Map.of(
                        "name",
                        "Typos",
                        "segmentId",
                        segmentId,
                        "channel",
                        "EMAIL",
                        "subject",
                        "For {{nick}}",
                        "message",
                        "Hi {{first_name}},\nuse {{coupon}}")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:invalid");
        assertThat(problem.violations())
                .containsExactly(
                        new Violation("subject", "unknown placeholder 'nick' at line 1, column 5"),
                        new Violation("message", "unknown placeholder 'coupon' at line 2, column 5"));
    }

    @Test
    void a_misspelt_channel_and_a_missing_segment_are_refused_together() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/campaigns",
                Map.of("name", "Fax", "channel", "FAX", "message", "Hello", "scheduledAt", "tomorrow")));

        assertThat(problem.violations())
                .containsExactly(
                        new Violation("segmentId", "this field is required"),
                        new Violation("channel", "choose one of EMAIL, SMS, not 'FAX'"),
                        new Violation(
                                "scheduledAt",
                                "give an ISO-8601 date-time such as 2030-01-31T09:00:00Z, not 'tomorrow'"));
    }

    @Test
    void a_segment_that_does_not_exist_is_refused_naming_segmentId() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST(
                "/api/campaigns",
                Map.of("name", "Nobody", "segmentId", "missing", "channel", "SMS", "message", "Hello")));

        assertThat(problem.violations()).containsExactly(new Violation("segmentId", "no segment has the id 'missing'"));
    }

    @Test
    void a_campaign_is_read_back_with_its_counters() {
        CampaignResponse created = given.emailCampaign("Read back", segmentId);

        CampaignResponse read = http.toBlocking().retrieve("/api/campaigns/" + created.id(), CampaignResponse.class);

        assertThat(read).isEqualTo(created);
    }

    @Test
    void an_unknown_campaign_is_not_found_on_every_route() {
        for (HttpRequest<?> request : new HttpRequest<?>[] {
            HttpRequest.GET("/api/campaigns/nothing"),
            HttpRequest.GET("/api/status/nothing"),
            HttpRequest.POST("/api/campaigns/nothing/queue", ""),
            HttpRequest.POST("/api/campaigns/nothing/cancel", "")
        }) {
            ProblemDetails problem = given.problemOf(request);

            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.detail()).isEqualTo("campaign 'nothing' was not found");
        }
    }

    @Test
    void a_cancelled_campaign_cannot_be_queued() {
        CampaignResponse created = given.emailCampaign("Called off", segmentId);

        CampaignResponse cancelled = http.toBlocking()
                .retrieve(HttpRequest.POST("/api/campaigns/" + created.id() + "/cancel", ""), CampaignResponse.class);
        ProblemDetails problem = given.problemOf(HttpRequest.POST("/api/campaigns/" + created.id() + "/queue", ""));

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:conflict");
        assertThat(problem.detail())
                .isEqualTo("campaign " + created.id() + " is CANCELLED, so it cannot become QUEUED");
    }

    @Test
    void queueing_answers_with_the_campaign_queued() {
        CampaignResponse created = given.emailCampaign("Queued", segmentId);

        CampaignResponse queued = given.queue(created.id());

        assertThat(queued.id()).isEqualTo(created.id());
        assertThat(queued.status()).isEqualTo("QUEUED");
    }

    @Test
    void a_misspelt_status_filter_is_refused_naming_the_parameter() {
        ProblemDetails problem = given.problemOf(HttpRequest.GET("/api/campaigns?status=SENDING"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(new Violation(
                        "status",
                        "choose one of DRAFT, QUEUED, DISPATCHING, COMPLETED, CANCELLED, FAILED, not 'SENDING'"));
    }
}

package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.customer.CustomerResponse;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.workspace.WorkspaceId;

/** Steps the campaign tests share: customers and campaigns over HTTP, segments through the application's port. */
public record ApiScenario(HttpClient http, Segments segments) {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    public String customer(String email, String city) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/customers", Map.of("email", email, "name", "Test Person", "city", city)),
                        CustomerResponse.class)
                .id();
    }

    /** A segment of the customers who live in {@code city}. */
    public String segmentOf(String city) {
        return segments.define(
                        WorkspaceId.DEFAULT,
                        new SegmentDraft(
                                "Living in " + city, "", new RuleSource.Text("city = \"" + city + "\""), "test"))
                .block()
                .id()
                .value();
    }

    public CampaignResponse emailCampaign(String name, String segmentId) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/campaigns",
                                Map.of(
                                        "name",
                                        name,
                                        "segmentId",
                                        segmentId,
                                        "channel",
                                        "EMAIL",
                                        "subject",
                                        "News for {{first_name}}",
                                        "message",
                                        "Hi {{first_name}}, {{discount}}% off.",
                                        "variables",
                                        Map.of("discount", "10"))),
                        CampaignResponse.class);
    }

    public CampaignResponse queue(String campaignId) {
        return http.toBlocking()
                .retrieve(HttpRequest.POST("/api/campaigns/" + campaignId + "/queue", ""), CampaignResponse.class);
    }

    public CampaignStatusResponse status(String campaignId) {
        return http.toBlocking().retrieve("/api/status/" + campaignId, CampaignStatusResponse.class);
    }

    /** Polls {@code GET /api/status/{id}} until the status satisfies {@code until}, or gives up after ten seconds. */
    public CampaignStatusResponse awaitStatus(String campaignId, Predicate<CampaignStatusResponse> until)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        CampaignStatusResponse current = status(campaignId);
        while (!until.test(current) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            current = status(campaignId);
        }
        return current;
    }

    /** The Problem Details a refused request is answered with. */
    public ProblemDetails problemOf(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
        assertThat(refused.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(ProblemDetails.MEDIA_TYPE));
        return refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
    }
}

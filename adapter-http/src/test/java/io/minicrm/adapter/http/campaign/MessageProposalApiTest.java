package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
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
class MessageProposalApiTest {

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
        segmentId = given.segmentOf("Nagpur");
    }

    @Test
    void proposes_as_many_templates_as_asked_each_usable_as_a_campaign_message() {
        MessageProposalsResponse proposals = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/campaigns/messages",
                                Map.of(
                                        "goal",
                                        "win back lapsed buyers",
                                        "segmentId",
                                        segmentId,
                                        "channel",
                                        "SMS",
                                        "count",
                                        2)),
                        MessageProposalsResponse.class);

        assertThat(proposals.messages()).hasSize(2).doesNotHaveDuplicates();
        for (String message : proposals.messages()) {
            assertThat(http.toBlocking()
                            .retrieve(
                                    HttpRequest.POST(
                                            "/api/campaigns",
                                            Map.of(
                                                    "name",
                                                    "Proposed",
                                                    "segmentId",
                                                    segmentId,
                                                    "channel",
                                                    "SMS",
                                                    "message",
                                                    message)),
                                    CampaignResponse.class)
                            .message())
                    .isEqualTo(message);
        }
    }

    @Test
    void three_templates_are_proposed_unless_asked_otherwise() {
        MessageProposalsResponse proposals = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                "/api/campaigns/messages",
                                Map.of("goal", "thank loyal customers", "segmentId", segmentId, "channel", "EMAIL")),
                        MessageProposalsResponse.class);

        assertThat(proposals.messages()).hasSize(3);
    }

    @Test
    void a_misspelt_channel_and_a_missing_segment_are_refused_together() {
        ProblemDetails problem = given.problemOf(
                HttpRequest.POST("/api/campaigns/messages", Map.of("goal", "sell", "channel", "PIGEON")));

        assertThat(problem.violations())
                .containsExactly(
                        new Violation("segmentId", "this field is required"),
                        new Violation("channel", "choose one of EMAIL, SMS, not 'PIGEON'"));
    }

    @Test
    void too_many_proposals_or_an_unknown_segment_are_refused_naming_the_field() {
        ProblemDetails tooMany = given.problemOf(HttpRequest.POST(
                "/api/campaigns/messages",
                Map.of("goal", "sell", "segmentId", segmentId, "channel", "SMS", "count", 11)));
        ProblemDetails unknown = given.problemOf(HttpRequest.POST(
                "/api/campaigns/messages", Map.of("goal", "sell", "segmentId", "missing", "channel", "SMS")));

        assertThat(tooMany.violations()).containsExactly(new Violation("count", "ask for 1 to 10 proposals, not 11"));
        assertThat(unknown.violations()).containsExactly(new Violation("segmentId", "no segment has the id 'missing'"));
    }
}

package io.minicrm.adapter.http.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignResponse;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class AssistantApiTest {

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
        given.customer("ai-" + System.nanoTime() + "@example.com", "Shillong");
        segmentId = given.segmentOf("Shillong");
    }

    private <T> T post(String path, Object body, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body), type);
    }

    @Test
    void a_description_becomes_a_previewed_rule_in_text_and_json() {
        Responses.RuleProposalResponse proposal = post(
                "/api/ai/segment-rules",
                Map.of("description", "customers in Shillong who spent over ₹5K"),
                Responses.RuleProposalResponse.class);

        assertThat(proposal.text()).isEqualTo("city = \"Shillong\" and total_spend > 5000");
        assertThat(proposal.rule()).containsKey("all");
        assertThat(proposal.preview().text()).isEqualTo(proposal.text());
        assertThat(proposal.source()).isEqualTo("offline");
    }

    @Test
    void a_description_not_understood_is_a_422_saying_which_words() {
        ProblemDetails problem = given.problemOf(
                HttpRequest.POST("/api/ai/segment-rules", Map.of("description", "customers likely to churn")));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("urn:minicrm:problem:unanswerable");
        assertThat(problem.detail()).contains("likely to churn");
    }

    @Test
    void a_blank_description_is_a_400() {
        ProblemDetails problem = given.problemOf(HttpRequest.POST("/api/ai/segment-rules", Map.of("description", " ")));

        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void message_variants_summary_send_time_lookalike_tags_and_usage_answer_offline() {
        Responses.VariantsResponse variants = post(
                "/api/ai/message-variants",
                Map.of("objective", "welcome new buyers", "segmentId", segmentId, "channel", "SMS", "count", 2),
                Responses.VariantsResponse.class);
        assertThat(variants.variants()).hasSize(2);

        CampaignResponse campaign = given.emailCampaign("Diwali sale", segmentId);
        Responses.WordedFiguresResponse summary = http.toBlocking()
                .retrieve("/api/ai/campaigns/" + campaign.id() + "/summary", Responses.WordedFiguresResponse.class);
        assertThat(summary.figures()).extracting(Responses.FigureResponse::name).contains("audience");

        Responses.TagsResponse tags = post(
                "/api/ai/campaigns/" + campaign.id() + "/tags",
                Map.of("vocabulary", List.of("shillong")),
                Responses.TagsResponse.class);
        assertThat(tags.tags()).extracting(Responses.SuggestedTag::tag).contains("festive", "promotion");

        ProblemDetails noOrders = given.problemOf(HttpRequest.GET("/api/ai/segments/" + segmentId + "/send-time"));
        assertThat(noOrders.status()).isEqualTo(422);

        ProblemDetails unknownSeed =
                given.problemOf(HttpRequest.POST("/api/ai/segments/no-such-segment/lookalike", ""));
        assertThat(unknownSeed.status()).isEqualTo(404);

        Responses.UsageResponse usage = http.toBlocking().retrieve("/api/ai/usage", Responses.UsageResponse.class);
        assertThat(usage.provider()).isEqualTo("offline");
    }
}

package io.minicrm.adapter.http.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

// A class of its own: the listings are the whole workspace's, so no other test may add to them.
@MicronautTest
class CampaignTagsApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    private PageResponse<CampaignResponse> page(String query) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/campaigns" + query),
                        Argument.of(PageResponse.class, CampaignResponse.class));
    }

    private CampaignResponse retag(String id, Map<String, List<String>> body) {
        return http.toBlocking()
                .retrieve(HttpRequest.PUT("/api/campaigns/" + id + "/tags", body), CampaignResponse.class);
    }

    @Test
    void tags_accepted_from_the_proposal_are_stored_and_filter_the_history() {
        ApiScenario given = new ApiScenario(http, segments);
        String segmentId = given.segmentOf("Nashik");
        String diwali = given.emailCampaign("Diwali", segmentId).id();
        String comeBack = given.emailCampaign("Come back", segmentId).id();
        given.emailCampaign("Weekly news", segmentId);
        given.queue(comeBack);

        CampaignResponse tagged = retag(
                diwali, Map.of("tags", List.of("Festive", "win-back", "sarees"), "vocabulary", List.of("sarees")));
        retag(comeBack, Map.of("tags", List.of("win-back")));

        assertThat(tagged.tags()).containsExactly("festive", "sarees", "win-back");
        assertThat(page("?tag=win-back").items())
                .extracting(CampaignResponse::id)
                .containsExactly(comeBack, diwali);
        assertThat(page("?tag=sarees&status=DRAFT").items())
                .extracting(CampaignResponse::id)
                .containsExactly(diwali);
        assertThat(page("?tag=loyalty").total()).isZero();
        assertThat(page("").total()).isEqualTo(3);
        assertThat(http.toBlocking()
                        .retrieve("/api/campaigns/" + diwali, CampaignResponse.class)
                        .tags())
                .containsExactly("festive", "sarees", "win-back");
        assertThat(retag(diwali, Map.of("tags", List.of())).tags()).isEmpty();
    }

    @Test
    void a_tag_outside_the_vocabulary_or_no_tags_at_all_is_a_problem_naming_it() {
        ApiScenario given = new ApiScenario(http, segments);
        String id = given.emailCampaign("Monsoon", given.segmentOf("Goa")).id();

        ProblemDetails mistyped = given.problemOf(
                HttpRequest.PUT("/api/campaigns/" + id + "/tags", Map.of("tags", List.of("festive", "win-bak"))));
        ProblemDetails missing = given.problemOf(HttpRequest.PUT("/api/campaigns/" + id + "/tags", Map.of()));
        ProblemDetails unknown = given.problemOf(
                HttpRequest.PUT("/api/campaigns/no-such-campaign/tags", Map.of("tags", List.of("festive"))));

        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.violations()).extracting(Violation::path).containsExactly("tags[1]");
        assertThat(mistyped.violations().getFirst().message()).startsWith("'win-bak' is not in the vocabulary");
        assertThat(missing.violations())
                .containsExactly(new Violation("tags", "is required: the tags to file the campaign under"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.toBlocking()
                        .retrieve("/api/campaigns/" + id, CampaignResponse.class)
                        .tags())
                .isEmpty();
    }
}

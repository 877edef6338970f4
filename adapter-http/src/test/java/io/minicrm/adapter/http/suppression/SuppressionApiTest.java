package io.minicrm.adapter.http.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.ProblemDetails.Violation;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignStatusResponse;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class SuppressionApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    @Inject
    UnsubscribeLinks links;

    private ApiScenario given;

    @BeforeEach
    void scenario() {
        given = new ApiScenario(http, segments);
    }

    private CampaignStatusResponse completedCampaign(String name, String segment) throws InterruptedException {
        String campaignId = given.emailCampaign(name, segment).id();
        given.queue(campaignId);
        return given.awaitStatus(campaignId, status -> status.status().equals("COMPLETED"));
    }

    private HttpResponse<String> oneClick(String token) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST("/unsubscribe/" + token, Map.of("List-Unsubscribe", "One-Click"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class);
    }

    private PageResponse<SuppressionResponse> suppressions() {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/suppressions"),
                        Argument.of(PageResponse.class, SuppressionResponse.class));
    }

    @Test
    void a_one_click_post_unsubscribes_without_sign_in_or_redirect_twice_alike_and_the_next_campaign_leaves_them_out()
            throws InterruptedException {
        String leaving = given.customer("leaving@example.com", "Nashik");
        given.customer("staying@example.com", "Nashik");
        String nashik = given.segmentOf("Nashik");
        CampaignStatusResponse first = completedCampaign("First in Nashik", nashik);
        String token = links.tokenFor(
                WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId(first.campaignId()), new CustomerId(leaving)));
        long before = suppressions().total();

        HttpResponse<String> unsubscribed = oneClick(token);
        HttpResponse<String> again = oneClick(token);
        CampaignStatusResponse second = completedCampaign("Second in Nashik", nashik);

        assertThat(unsubscribed.code()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("You will not receive these messages");
        assertThat(again.code()).isEqualTo(200);
        assertThat(suppressions().total()).isEqualTo(before + 1);
        assertThat(suppressions().items())
                .anySatisfy(entry -> assertThat(entry)
                        .extracting(SuppressionResponse::address, SuppressionResponse::reason)
                        .containsExactly("leaving@example.com", "UNSUBSCRIBED"));
        assertThat(second.counters().audience()).isEqualTo(2);
        assertThat(second.counters().suppressed()).isEqualTo(1);
    }

    @Test
    void a_tampered_link_is_refused_naming_the_token_and_the_page_alone_unsubscribes_nobody()
            throws InterruptedException {
        String customer = given.customer("tamper@example.com", "Satara");
        CampaignStatusResponse campaign = completedCampaign("In Satara", given.segmentOf("Satara"));
        String token = links.tokenFor(
                WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId(campaign.campaignId()), new CustomerId(customer)));
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        long before = suppressions().total();

        String page = http.toBlocking().retrieve("/unsubscribe/" + token);

        assertThat(page).contains("<form method=\"post\">").contains("One-Click");
        assertThat(given.problemOf(HttpRequest.POST("/unsubscribe/" + tampered, Map.of("List-Unsubscribe", "One-Click"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .violations())
                .extracting(Violation::path)
                .containsExactly("token");
        assertThat(given.problemOf(HttpRequest.POST("/unsubscribe/" + token, Map.of("other", "x"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .violations())
                .extracting(Violation::path)
                .containsExactly("List-Unsubscribe");
        assertThat(suppressions().total()).isEqualTo(before);
    }

    @Test
    void a_lifted_suppression_is_gone_and_lifting_it_again_is_not_found() throws InterruptedException {
        String customer = given.customer("lifted@example.com", "Wardha");
        CampaignStatusResponse campaign = completedCampaign("In Wardha", given.segmentOf("Wardha"));
        oneClick(links.tokenFor(
                WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId(campaign.campaignId()), new CustomerId(customer))));

        HttpResponse<?> lifted =
                http.toBlocking().exchange(HttpRequest.DELETE("/api/suppressions/EMAIL/lifted@example.com"));

        assertThat(lifted.code()).isEqualTo(204);
        assertThat(given.problemOf(HttpRequest.DELETE("/api/suppressions/EMAIL/lifted@example.com"))
                        .status())
                .isEqualTo(404);
        assertThat(given.problemOf(HttpRequest.DELETE("/api/suppressions/FAX/lifted@example.com"))
                        .violations())
                .extracting(Violation::path)
                .containsExactly("channel");
    }
}

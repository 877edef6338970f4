package io.minicrm.adapter.http.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.adapter.http.campaign.CampaignResponse;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The campaign pages as the server renders them, with data in the workspace. */
@MicronautTest
class CampaignPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    private ApiScenario given() {
        return new ApiScenario(http, segments);
    }

    @Test
    void the_history_lists_campaigns_with_their_segment_and_status() {
        String segment = given().segmentOf("Akola");
        CampaignResponse campaign = given().emailCampaign("Monsoon sale", segment);

        String page = html("/campaigns");

        assertThat(html("/campaigns/history/rows")).contains("Monsoon sale").doesNotContain("<title>");
        assertThat(page)
                .contains("<title>Campaigns · Mini CRM</title>")
                .contains("data-campaign=\"" + campaign.id() + "\"")
                .contains("Monsoon sale")
                .contains("Living in Akola")
                .contains(">Draft<")
                .contains("sse-connect=\"/api/events\"")
                .contains("href=\"/campaigns/new\"");
    }

    @Test
    void a_campaign_named_like_a_script_shows_as_text() {
        CampaignResponse campaign = given().emailCampaign(SCRIPT, given().segmentOf("Amravati"));

        assertThat(html("/campaigns")).contains(ESCAPED).doesNotContain(SCRIPT);
        assertThat(html("/campaigns/" + campaign.id())).contains(ESCAPED).doesNotContain(SCRIPT);
    }

    @Test
    void a_customer_named_like_a_script_shows_as_text_in_the_preview() {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/customers", Map.of("email", "script@example.com", "name", SCRIPT, "city", "Latur")));
        String segment = given().segmentOf("Latur");

        String preview = form("/campaigns/preview", "segmentId=" + segment + "&channel=SMS&message=Hi+%7B%7Bname%7D%7D")
                .body();

        assertThat(preview).contains("Hi " + ESCAPED).doesNotContain(SCRIPT);
    }

    @Test
    void the_preview_names_an_unknown_placeholder() {
        String segment = given().segmentOf("Jalna");
        given().customer("jalna@example.com", "Jalna");

        String preview = form(
                        "/campaigns/preview",
                        "segmentId=" + segment + "&channel=EMAIL&subject=Hi&message=Hi+%7B%7Bfrist_name%7D%7D")
                .body();

        assertThat(preview).contains("frist_name");
    }

    @Test
    void a_refused_campaign_shows_each_reason_beside_its_field() {
        HttpResponse<String> refused =
                form("/campaigns", "name=&segmentId=&channel=EMAIL&subject=&message=&action=schedule");

        assertThat(refused.getStatus().getCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"segmentId-error\"")
                .contains("id=\"scheduledAt-error\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void the_engine_refusals_are_shown_beside_the_name_and_the_message() {
        String segment = given().segmentOf("Beed");

        String refused = form(
                        "/campaigns",
                        "name=&segmentId=" + segment
                                + "&channel=EMAIL&subject=Hello&message=Hi+%7B%7Bfrist_name%7D%7D&action=draft")
                .body();

        assertThat(refused).contains("id=\"name-error\"").contains("id=\"message-error\"");
    }

    @Test
    void a_saved_draft_leads_to_the_history() {
        String segment = given().segmentOf("Nanded");

        HttpResponse<String> saved = form(
                "/campaigns",
                "name=Nanded+draft&segmentId=" + segment
                        + "&channel=SMS&message=Hi+%7B%7Bfirst_name%7Cthere%7D%7D&action=draft");

        assertThat(saved.header("HX-Redirect")).isEqualTo("/campaigns");
        assertThat(html("/campaigns")).contains("Nanded draft");
    }

    @Test
    void the_history_keeps_to_the_tag_asked_for() {
        String segment = given().segmentOf("Satara");
        CampaignResponse tagged = given().emailCampaign("Tagged festive", segment);
        given().emailCampaign("Not tagged", segment);
        http.toBlocking()
                .exchange(
                        HttpRequest.PUT("/api/campaigns/" + tagged.id() + "/tags", Map.of("tags", List.of("festive"))));

        String page = html("/campaigns?tag=festive");

        assertThat(page).contains("Tagged festive").doesNotContain("Not tagged");
    }

    @Test
    void the_new_campaign_page_offers_the_segments_and_placeholders() {
        given().segmentOf("Solapur");

        String page = html("/campaigns/new");

        assertThat(page)
                .contains("Living in Solapur")
                .contains("data-placeholder=\"first_name\"")
                .contains("name=\"scheduledAt\"")
                .contains("value=\"send\"")
                .contains("value=\"draft\"");
    }

    @Test
    void a_campaign_shows_its_figures_log_and_the_buttons_that_change_it() {
        CampaignResponse campaign = given().emailCampaign("Ratnagiri news", given().segmentOf("Ratnagiri"));

        String page = html("/campaigns/" + campaign.id());

        assertThat(page)
                .contains("data-figure=\"audience\"")
                .contains("Delivery log")
                .contains("Dead letters")
                .contains("Cancel campaign")
                .contains("/campaigns/" + campaign.id() + "/queue");
    }

    @Test
    void an_unknown_campaign_is_a_page_saying_so() {
        HttpClientResponseException missing =
                catchThrowableOfType(HttpClientResponseException.class, () -> html("/campaigns/no-such-campaign"));

        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(String.class))
                .hasValueSatisfying(body -> assertThat(body)
                        .contains("<title>Not found · Mini CRM</title>")
                        .contains("holds no campaign at this address"));
    }

    @Test
    void a_scheduled_campaign_waits_in_the_history_with_its_time() {
        String segment = given().segmentOf("Wardha");

        HttpResponse<String> saved = form(
                "/campaigns",
                "name=Next+year&segmentId=" + segment
                        + "&channel=SMS&message=Hi&scheduledAt=2099-01-31T09%3A00&action=schedule");

        assertThat(saved.header("HX-Redirect")).isEqualTo("/campaigns");
        assertThat(html("/campaigns")).contains("Next year").contains(">Scheduled<");
    }

    @Test
    void a_time_already_past_is_refused_beside_the_schedule() {
        String segment = given().segmentOf("Hingoli");

        String refused = form(
                        "/campaigns",
                        "name=Too+late&segmentId=" + segment
                                + "&channel=SMS&message=Hi&scheduledAt=2001-01-31T09%3A00&action=schedule")
                .body();

        assertThat(refused).contains("id=\"scheduledAt-error\"");
    }

    @Test
    void cancelling_a_draft_shows_it_cancelled_without_the_button() {
        CampaignResponse campaign = given().emailCampaign("To cancel", given().segmentOf("Washim"));

        String figures = form("/campaigns/" + campaign.id() + "/cancel", "").body();

        assertThat(figures).contains(">Cancelled<").doesNotContain("Cancel campaign");
    }

    @Test
    void sending_a_draft_from_its_page_queues_it() throws InterruptedException {
        CampaignResponse campaign = given().emailCampaign("To send", given().segmentOf("Gondia"));

        form("/campaigns/" + campaign.id() + "/queue", "");

        assertThat(given().awaitStatus(campaign.id(), status -> status.status().equals("COMPLETED"))
                        .status())
                .isEqualTo("COMPLETED");
    }

    @Test
    void re_driving_says_how_many_letters_went_back() {
        CampaignResponse campaign = given().emailCampaign("No dead letters", given().segmentOf("Bhandara"));

        String answer = form("/campaigns/" + campaign.id() + "/dead-letters/redrive", "")
                .body();

        assertThat(answer).contains("0 handed back to be sent").contains("None:");
    }

    private String html(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private HttpResponse<String> form(String path, String body) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST(path, body)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("HX-Request", "true")
                                .accept(MediaType.TEXT_HTML_TYPE),
                        String.class);
    }
}

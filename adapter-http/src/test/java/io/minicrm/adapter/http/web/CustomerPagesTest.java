package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Mono;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Customers customers;

    @Inject
    Orders orders;

    @Inject
    Imports imports;

    @Inject
    Campaigns campaigns;

    @Inject
    Segments segments;

    String scripted;

    @BeforeAll
    void someCustomersAndOrders() {
        CustomerData given = new CustomerData(customers, orders);
        scripted = given.customer("script@pages.example", SCRIPT, "<b>Pune</b>");
        given.order(scripted, "<i>ref-1</i>", "120.50", "2026-11-02T10:00:00Z");
        given.customer("meera@pages.example", "Meera Iyer", "Chennai");
    }

    @Test
    void a_customer_named_like_a_script_shows_as_text_on_every_page_that_names_them() {
        for (String path :
                new String[] {"/customers", "/customers/" + scripted, "/customers/" + scripted + "/edit", "/orders"}) {
            String page = html(path);

            assertThat(page)
                    .as(path)
                    .doesNotContain(SCRIPT)
                    .doesNotContain("<b>Pune</b>")
                    .doesNotContain("<i>ref-1</i>");
            assertThat(page).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void the_customer_page_shows_the_figures_and_orders() {
        String page = html("/customers/" + scripted);

        assertThat(page).contains("script@pages.example").contains("120.50").contains("&lt;i&gt;ref-1&lt;/i&gt;");
    }

    @Test
    void a_customer_no_campaign_reached_is_told_so() {
        assertThat(html("/customers/" + scripted)).contains("No campaign has reached this customer yet.");
    }

    @Test
    void a_completed_campaign_shows_on_the_page_of_the_customer_it_reached_its_name_as_text() {
        ApiScenario given = new ApiScenario(http, segments);
        String reached = given.customer("reached@pages.example", "Reachpur");
        String campaign =
                given.emailCampaign(SCRIPT, given.segmentOf("Reachpur")).id();
        given.queue(campaign);
        campaigns.completion(WorkspaceId.DEFAULT, new CampaignId(campaign)).block(Duration.ofMinutes(2));

        String page = html("/customers/" + reached);

        assertThat(page)
                .contains("<a href=\"/campaigns/" + campaign + "\">&lt;script&gt;alert(1)&lt;/script&gt;</a>")
                .contains("Email")
                .doesNotContain(SCRIPT)
                .doesNotContain("No campaign has reached this customer yet.");
    }

    @Test
    void an_unknown_customer_is_a_page_saying_so_with_status_404() {
        HttpClientResponseException missing =
                catchThrowableOfType(HttpClientResponseException.class, () -> html("/customers/no-such-customer"));

        assertThat(missing.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(missing.getResponse().getBody(String.class))
                .hasValueSatisfying(page -> assertThat(page).contains("holds no customer at this address"));
    }

    @Test
    void a_link_after_no_place_in_the_list_is_refused_naming_after() {
        for (String after : List.of("%25%25not-base64", "bm90IGEgY3Vyc29y", "Yy0xCj1ub3QtYS10aW1l")) {
            HttpClientResponseException refused = catchThrowableOfType(
                    HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(HttpRequest.GET("/customers?page=1&after=" + after)));

            assertThat(refused.getStatus().getCode()).as(after).isEqualTo(400);
            assertThat(refused.getResponse().getBody(String.class))
                    .as(after)
                    .hasValueSatisfying(body -> assertThat(body).contains("\"after\""));
        }
    }

    @Test
    void a_search_from_htmx_is_answered_with_the_table_alone() {
        String part = http.toBlocking()
                .retrieve(HttpRequest.GET("/customers?search=meera").header("HX-Request", "true"));

        assertThat(part).doesNotContain("<html").contains("Meera Iyer").doesNotContain("script@pages.example");
    }

    @Test
    void a_refused_form_comes_back_as_typed_with_the_reason_next_to_the_field() {
        HttpResponse<String> answer = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/customers/new", Map.of("email", "not-an-email", "name", "Kavya <Rao>"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("HX-Request", "true"),
                        String.class);

        assertThat(answer.body())
                .contains("id=\"email-error\"")
                .contains("is not an e-mail address")
                .contains("value=\"not-an-email\"")
                .contains("value=\"Kavya &lt;Rao");
    }

    @Test
    void a_saved_form_leads_htmx_to_the_customer_page() {
        HttpResponse<String> answer = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/customers/new", Map.of("email", "kavya@pages.example", "tags", "a, b"))
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("HX-Request", "true"),
                        String.class);

        assertThat(answer.header("HX-Redirect")).startsWith("/customers/");
    }

    @Test
    void orders_filtered_by_an_unknown_customer_say_so_next_to_the_field() {
        String page = html("/orders?customer=nobody%40pages.example");

        assertThat(page).contains("id=\"order-customer-error\"").contains("no customer has the e-mail address");
    }

    @Test
    void a_running_import_is_polled_every_half_second_and_a_finished_one_no_longer() {
        String running = imports.receive(ImportKind.CUSTOMERS, WorkspaceId.DEFAULT, Mono.never())
                .block()
                .job()
                .id()
                .value();
        String finished = imports.receive(
                        ImportKind.CUSTOMERS,
                        WorkspaceId.DEFAULT,
                        Mono.just(ImportFile.of(
                                "email\nlata@pages.example\n".getBytes(StandardCharsets.UTF_8),
                                StandardCharsets.UTF_8)))
                .flatMap(StartedImport::outcome)
                .block()
                .id()
                .value();

        assertThat(html("/imports/" + running + "/progress?rows=10"))
                .contains("hx-trigger=\"every 500ms\"")
                .contains("Receiving and checking the file");
        assertThat(html("/imports/" + finished))
                .doesNotContain("hx-trigger")
                .contains("Completed: 1 row read")
                .contains("<progress aria-label=\"Import progress\" value=\"1\" max=\"1\">");
    }

    @Test
    void editing_a_customer_keeps_the_custom_attributes_the_form_does_not_show() {
        String id = customers
                .create(
                        WorkspaceId.DEFAULT,
                        new CustomerDraft(
                                "tier@pages.example",
                                Optional.of("Tiered"),
                                Optional.empty(),
                                Optional.empty(),
                                Set.of(),
                                Map.of("tier", new AttributeValue.Text("gold"))))
                .block()
                .id()
                .value();

        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/customers/" + id + "/edit",
                                Map.of("email", "tier@pages.example", "name", "Tiered Again", "city", "Goa"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .header("HX-Request", "true"));

        var changed = customers.get(WorkspaceId.DEFAULT, new CustomerId(id)).block();
        assertThat(changed.profile().name()).contains("Tiered Again");
        assertThat(changed.profile().attributes()).containsEntry("tier", new AttributeValue.Text("gold"));
    }

    @Test
    void orders_are_filtered_by_days_with_both_ends_included_and_an_unreadable_day_named() {
        assertThat(html("/orders?from=2026-11-02&until=2026-11-02")).contains("&lt;i&gt;ref-1&lt;/i&gt;");
        assertThat(html("/orders?from=2026-11-03")).doesNotContain("ref-1").contains("No order matches these filters");
        assertThat(html("/orders?from=yesterday"))
                .contains("id=\"order-from-error\"")
                .contains("'yesterday' is not a date such as 2026-01-31");
    }

    private String html(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }
}

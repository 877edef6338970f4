package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

// A class of its own: the dashboard sums up the whole workspace, so no other test may add to it.
@MicronautTest
class DashboardPageTest extends BrowserPageTest {

    @Inject
    Segments segments;

    @Test
    void the_dashboard_shows_the_workspace_figures_and_counts_a_new_customer_without_a_reload() {
        ApiScenario given = new ApiScenario(http, segments);
        given.customer("kiran@example.com", "Wardha");

        browser.open("/");
        browser.waitForText(By.cssSelector("[data-figure=customers]"), "1");
        browser.assertAccessible();
        browser.screenshot("dashboard");
        given.customer("lata@example.com", "Wardha");

        browser.waitForText(By.cssSelector("[data-figure=customers]"), "2");
        assertThat(browser.find(By.cssSelector("nav a[aria-current=page]")).getText())
                .isEqualTo("Dashboard");
    }

    @Test
    void a_campaign_named_like_a_script_shows_as_text() {
        ApiScenario given = new ApiScenario(http, segments);
        given.emailCampaign("<script>alert(1)</script>", given.segmentOf("Nagpur"));

        String page = http.toBlocking().retrieve(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void the_page_is_html_that_no_cache_keeps() {
        HttpResponse<String> page =
                http.toBlocking().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE), String.class);

        assertThat(page.getContentType())
                .hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/html"));
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.body()).contains("<title>Dashboard · Mini CRM</title>");
    }
}

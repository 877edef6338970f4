package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

// A class of its own: nothing may be added to the workspace it looks at.
@MicronautTest
class DashboardEmptyWorkspaceTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Test
    void an_empty_workspace_shows_a_month_of_days_without_orders_and_says_there_are_no_campaigns() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(page)
                .contains("No orders in the last 30 days.")
                .contains("No campaigns yet.")
                .doesNotContain("data-chart=\"campaigns\"");
        assertThat(page.split("<th scope=\"row\">", -1)).hasSize(31);
    }

    @Test
    void the_figures_fragment_carries_the_charts_too() {
        String fragment =
                http.toBlocking().retrieve(HttpRequest.GET("/dashboard/figures").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(fragment).contains("data-chart=\"sales\"").doesNotContain("<html");
    }

    @Test
    void the_empty_dashboard_draws_its_chart_and_is_accessible() {
        try (Browser browser = new Browser(server.getURI())) {
            browser.open("/");
            browser.waitFor(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                            .executeScript("return typeof Chart !== 'undefined' && Chart.getChart("
                                    + "document.querySelector('canvas[data-chart=sales]')) !== undefined"))
                    ? true
                    : null);
            assertThat(browser.find(By.cssSelector("[data-summary=campaigns]")).getText())
                    .isEqualTo("No campaigns yet.");
            browser.assertAccessible();
        }
    }
}

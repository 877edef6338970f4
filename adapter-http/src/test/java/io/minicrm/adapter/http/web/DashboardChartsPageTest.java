package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

// A class of its own: the charts sum up the whole workspace, so no other test may add to it.
@MicronautTest
class DashboardChartsPageTest extends BrowserPageTest {

    private static final By TODAY_ORDERS = By.cssSelector("#sales-table tbody tr:last-child td:nth-of-type(1)");

    @Inject
    Segments segments;

    @Test
    void the_charts_draw_todays_orders_and_the_last_campaigns_and_redraw_when_an_order_comes_in() throws Exception {
        ApiScenario given = new ApiScenario(http, segments);
        String kiran = given.customer("kiran@example.com", "Wardha");
        order(kiran, "1250.00");
        String campaign =
                given.emailCampaign("Monsoon sale", given.segmentOf("Wardha")).id();
        given.queue(campaign);
        given.awaitStatus(campaign, status -> status.status().equals("COMPLETED"));

        browser.open("/");
        browser.waitFor(driver -> drawn("sales") && drawn("campaigns") ? true : null);
        assertThat(valueOf(TODAY_ORDERS)).isEqualTo("1");
        assertThat(textOf(By.cssSelector("#outcomes-table tbody th"))).isEqualTo("Monsoon sale");
        assertThat(textOf(By.cssSelector("[data-summary=sales]")))
                .isEqualTo("INR 1,250.00 from 1 order in the last 30 days; the best day was "
                        + textOf(By.cssSelector("#sales-table tbody tr:last-child th")) + " with INR 1,250.00 from 1"
                        + " order.");
        Object charted = browser.waitFor(driver -> ordersTodayCharted());
        assertThat(charted).isEqualTo(1L);
        browser.assertAccessible();
        browser.screenshot("dashboard-charts", By.cssSelector(".charts"));

        order(kiran, "750.00");

        browser.waitFor(driver -> Long.valueOf(2).equals(ordersTodayCharted()) ? true : null);
        assertThat(valueOf(TODAY_ORDERS)).isEqualTo("2");
    }

    private void order(String customerId, String amount) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/orders", Map.of("customerId", customerId, "amount", amount, "currency", "INR")));
    }

    private boolean drawn(String chart) {
        return Boolean.TRUE.equals(script("return typeof Chart !== 'undefined' && Chart.getChart("
                + "document.querySelector('canvas[data-chart=" + chart + "]')) !== undefined"));
    }

    /** Today's orders as the chart draws them; null while a live refresh has the chart drawn anew. */
    private Object ordersTodayCharted() {
        return script("const chart = Chart.getChart(document.querySelector('canvas[data-chart=sales]'));"
                + " return chart ? chart.data.datasets[1].data.at(-1) : null");
    }

    // Read again when a live refresh replaced the element between finding and reading it; read from the DOM, as the
    // tables sit in closed disclosures.
    private String valueOf(By cell) {
        return browser.waitFor(driver -> driver.findElement(cell).getDomAttribute("data-value"));
    }

    private String textOf(By element) {
        return browser.waitFor(driver ->
                driver.findElement(element).getDomProperty("textContent").strip());
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}

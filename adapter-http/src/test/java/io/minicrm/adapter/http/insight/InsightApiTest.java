package io.minicrm.adapter.http.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.campaign.ApiScenario;
import io.minicrm.application.port.in.Segments;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

// A class of its own: the dashboard sums up the whole workspace, so no other test may add to it.
@MicronautTest
class InsightApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    @Test
    void the_dashboard_counts_customers_orders_and_campaigns_by_every_status() {
        ApiScenario given = new ApiScenario(http, segments);
        given.customer("kiran@example.com", "Wardha");
        given.customer("lata@example.com", "Wardha");
        given.emailCampaign("Draft", given.segmentOf("Wardha"));

        DashboardResponse dashboard =
                http.toBlocking().retrieve(HttpRequest.GET("/api/insights/dashboard"), DashboardResponse.class);

        assertThat(dashboard.customers()).isEqualTo(2);
        assertThat(dashboard.newCustomersThisWeek()).isEqualTo(2);
        assertThat(dashboard.orders()).isZero();
        assertThat(dashboard.revenue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(dashboard.currency()).isEqualTo("INR");
        assertThat(dashboard.campaignsByStatus())
                .containsExactly(
                        Map.entry("DRAFT", 1L),
                        Map.entry("QUEUED", 0L),
                        Map.entry("DISPATCHING", 0L),
                        Map.entry("COMPLETED", 0L),
                        Map.entry("CANCELLED", 0L),
                        Map.entry("FAILED", 0L));
        assertThat(dashboard.deliverySuccessRate()).isNull();
    }
}

package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.Insights;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceStartTest {

    @Test
    void starts_on_the_embedded_default_and_reports_itself_healthy() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
                HttpClient http = HttpClient.create(server.getURL())) {
            assertThat(http.toBlocking().retrieve("/health"))
                    .contains("\"status\":\"UP\"")
                    .contains(
                            "\"periodic-tasks\"",
                            "Queueing scheduled campaigns that are due",
                            "Checking on unfinished campaigns");
            assertThat(http.toBlocking().retrieve("/api/customers")).contains("\"total\":0");
            assertThat(http.toBlocking().retrieve("/prometheus")).contains("http_server_requests_seconds_count");
        }
    }

    @Test
    void serves_the_openapi_document_and_swagger_ui_at_api_docs() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
                HttpClient http = HttpClient.create(server.getURL())) {
            assertThat(http.toBlocking().retrieve("/swagger/mini-crm.yml")).contains("/api/customers/{id}");
            assertThat(http.toBlocking().retrieve("/api-docs/index.html")).contains("swagger-ui");
            assertThat(http.toBlocking().exchange("/api-docs").code()).isEqualTo(200);
        }
    }

    @Test
    void the_default_port_is_the_one_users_of_the_original_system_know() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getProperty("micronaut.server.port", Integer.class))
                    .hasValue(5001);
        }
    }

    @Test
    void default_addresses_keep_their_scheme_as_links_and_calls_need_it() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getProperty("crm.public-url", String.class)).hasValue("http://localhost:5001");
            assertThat(context.getProperty("crm.gemini.url", String.class))
                    .hasValue("https://generativelanguage.googleapis.com/v1beta/");
            assertThat(context.getProperty("crm.vendor.url", String.class)).hasValue("http://localhost:5002");
        }
    }

    @Test
    void refuses_to_start_with_an_adapter_this_build_does_not_have() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("crm.storage", "cassandra"))
                        .close())
                .hasStackTraceContaining(
                        "CRM_STORAGE=cassandra is not available; choose one of embedded, memory, mongo");
    }

    @Test
    void the_demo_loads_customers_segments_and_two_campaigns() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("demo", "true"))) {
            Dashboard dashboard = context.getBean(Insights.class)
                    .dashboard(WorkspaceId.DEFAULT)
                    .block();

            assertThat(dashboard.customers()).isEqualTo(300);
            assertThat(dashboard.orders()).isPositive();
            assertThat(dashboard.campaignsByStatus())
                    .containsEntry(CampaignStatus.COMPLETED, 1L)
                    .containsEntry(CampaignStatus.DRAFT, 1L);
        }
    }

    @Test
    void the_demo_on_embedded_storage_is_there_once_after_a_restart(@TempDir Path data) {
        Map<String, Object> embedded =
                Map.of("demo", "true", "crm.storage", "embedded", "crm.data-dir", data.toString());
        try (ApplicationContext first = ApplicationContext.run(embedded)) {
            assertThat(first.getBean(Insights.class)
                            .dashboard(WorkspaceId.DEFAULT)
                            .block()
                            .customers())
                    .isEqualTo(300);
        }
        try (ApplicationContext restarted = ApplicationContext.run(embedded)) {
            Dashboard dashboard = restarted
                    .getBean(Insights.class)
                    .dashboard(WorkspaceId.DEFAULT)
                    .block();

            assertThat(dashboard.customers()).isEqualTo(300);
            assertThat(dashboard.campaignsByStatus())
                    .containsEntry(CampaignStatus.COMPLETED, 1L)
                    .containsEntry(CampaignStatus.DRAFT, 1L);
        }
    }
}

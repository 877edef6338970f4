package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minicrm.adapter.kafka.KafkaBroker;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.Insights;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class KafkaQueueServiceTest {

    @Test
    void with_the_kafka_queue_the_demo_campaign_completes_through_the_broker_and_health_follows_the_broker() {
        KafkaBroker broker = KafkaBroker.shared();
        Map<String, Object> configuration = Map.of(
                "micronaut.server.port",
                -1,
                "demo",
                "true",
                "crm.queue",
                "kafka",
                "crm.kafka.bootstrap-servers",
                broker.bootstrapServers(),
                "crm.kafka.partitions",
                3,
                "crm.kafka.group-prefix",
                "service-test");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, configuration);
                HttpClient http = HttpClient.create(server.getURL())) {
            Dashboard dashboard = server.getApplicationContext()
                    .getBean(Insights.class)
                    .dashboard(WorkspaceId.DEFAULT)
                    .block();
            String healthy = http.toBlocking().retrieve("/health");

            broker.kill();
            HttpClientResponseException down = catchThrowableOfType(
                    HttpClientResponseException.class, () -> http.toBlocking().retrieve("/health"));
            broker.start();

            assertThat(dashboard.campaignsByStatus()).containsEntry(CampaignStatus.COMPLETED, 1L);
            assertThat(healthy)
                    .contains("\"status\":\"UP\"")
                    .contains("\"kafka\":{\"name\":\"mini-crm\",\"status\":\"UP\"")
                    .contains("\"brokers\":1")
                    .contains(broker.bootstrapServers());
            assertThat(down.getStatus().getCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
            assertThat(down.getResponse().getBody(String.class).orElseThrow())
                    .contains("\"kafka\":{\"name\":\"mini-crm\",\"status\":\"DOWN\"")
                    .contains("no answer within");
        }
    }
}

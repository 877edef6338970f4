package io.minicrm.adapter.http.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.adapter.http.ProblemDetails;
import io.minicrm.adapter.http.customer.CustomerResponse;
import io.minicrm.application.port.shared.LiveEvent;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "crm.sse.heartbeat", value = "200ms")
class EventApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    private EventSource listen(String query) throws Exception {
        EventSource events = EventSource.open(server.getURI().resolve("/api/events" + query));
        events.nextComment(PATIENCE);
        return events;
    }

    private CustomerResponse post(Map<String, Object> customer) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/customers", customer), CustomerResponse.class);
    }

    @Test
    void a_new_customer_is_announced_on_customer_created() throws Exception {
        try (EventSource events = listen("")) {
            CustomerResponse created = post(Map.of("email", "live@example.com", "name", "Live One"));

            EventSource.Received event = events.nextEvent(PATIENCE);
            LiveEvent message = json.readValue(event.data(), LiveEvent.class);
            assertThat(event.name()).isEqualTo("customer:created");
            assertThat(message.v()).isEqualTo(1);
            assertThat(message.type()).isEqualTo("customer:created");
            assertThat(message.workspace()).isEqualTo("default");
            assertThat(message.at()).isAfterOrEqualTo(created.createdAt());
            assertThat(message.data())
                    .isEqualTo(Map.of("customerId", created.id(), "email", "live@example.com", "name", "Live One"));
        }
    }

    @Test
    void a_channel_filter_leaves_out_the_other_channels() throws Exception {
        try (EventSource events = listen("?channel=customer:updated")) {
            CustomerResponse created = post(Map.of("email", "filtered@example.com"));
            post(Map.of("email", "filtered@example.com", "city", "Pune"));

            EventSource.Received event = events.nextEvent(PATIENCE);
            assertThat(event.name()).isEqualTo("customer:updated");
            assertThat(json.readValue(event.data(), LiveEvent.class).data()).containsEntry("customerId", created.id());
        }
    }

    @Test
    void a_deleted_customer_is_announced_on_customer_deleted_once_it_is_gone() throws Exception {
        CustomerResponse created = post(Map.of("email", "leaving@example.com"));
        try (EventSource events = listen("?channel=customer:deleted")) {
            http.toBlocking().exchange(HttpRequest.DELETE("/api/customers/" + created.id()));

            EventSource.Received event = events.nextEvent(PATIENCE);
            assertThat(event.name()).isEqualTo("customer:deleted");
            assertThat(json.readValue(event.data(), LiveEvent.class).data())
                    .isEqualTo(Map.of("customerId", created.id()));
        }
    }

    @Test
    void a_quiet_stream_carries_a_heartbeat_comment() throws Exception {
        try (EventSource events = listen("")) {
            assertThat(events.nextComment(PATIENCE)).isEqualTo("heartbeat");
            assertThat(events.nextComment(PATIENCE)).isEqualTo("heartbeat");
        }
    }

    @Test
    void an_unknown_channel_is_a_problem_naming_the_known_ones() {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/events?channel=customer:merged")));

        ProblemDetails problem =
                refused.getResponse().getBody(ProblemDetails.class).orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations())
                .containsExactly(
                        new ProblemDetails.Violation(
                                "channel",
                                "'customer:merged' is not a channel; "
                                        + "channels are customer:created, customer:updated, customer:deleted, order:created, segmentRule:created, "
                                        + "segmentRule:updated, segmentRule:deleted, campaign:created, campaign:scheduled, campaign:queued, "
                                        + "campaign:dispatching, campaign:cancelled, campaign:completed, delivery:updated, import:batch"));
    }
}

package io.minicrm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.minicrm.application.port.shared.EventChannel;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportedBatch;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/** What a program with a plain Redis client, not Redisson, sees of the channels and payloads, and what it can send. */
class RedisChannelsTest {

    private static final Instant AT = Instant.parse("2026-11-24T20:48:38.125Z");
    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final List<String> CHANNELS = List.of("customer:created", "customer:updated", "order:created",
            "campaign:created", "campaign:queued", "segmentRule:created", "delivery:updated", "campaign:completed",
            "import:batch");

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();



    @Test
    void events_travel_on_the_channels_users_know() {
        assertThat(Arrays.stream(EventChannel.values()).map(EventChannel::channelName)).containsExactlyInAnyOrderElementsOf(CHANNELS);
    }

    @Test
    void a_new_customer_is_published_on_customer_created_as_versioned_json() throws Exception {
        Customer asha = Customer.register(SHOP, new CustomerId("c-1"), new Email("asha@example.com"),
                new Profile(Optional.of("Asha"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"), AT);

        List<?> message = publishedAs(new CustomerCreated(asha, AT), "customer:created");

        JsonNode payload = new ObjectMapper().readTree((String) message.get(2));
        assertThat(message.subList(0, 2)).isEqualTo(List.of("message", "customer:created"));
        assertThat(payload.properties()).extracting(Map.Entry::getKey).containsExactly("v", "type", "workspace", "at", "data");
        assertThat(payload.get("v").asInt()).isEqualTo(1);
        assertThat(payload.get("type").asText()).isEqualTo("customer:created");
        assertThat(payload.get("workspace").asText()).isEqualTo("shop");
        assertThat(payload.get("at").asText()).isEqualTo("2026-11-24T20:48:38.125Z");
        assertThat(new ObjectMapper().convertValue(payload.get("data"), new TypeReference<Map<String, Object>>() { }))
                .isEqualTo(Map.of("customerId", "c-1", "email", "asha@example.com", "name", "Asha"));
    }

    @Test
    void an_import_batch_is_published_once_on_import_batch_with_its_counts() throws Exception {
        List<?> message = publishedAs(new ImportedBatch(SHOP, ImportKind.CUSTOMERS, 998, 2, 0, AT), "import:batch");

        JsonNode data = new ObjectMapper().readTree((String) message.get(2)).get("data");
        assertThat(data.toString()).isEqualTo("{\"kind\":\"customers\",\"customersCreated\":998,\"customersUpdated\":2,\"ordersCreated\":0}");
    }

    @Test
    void a_payload_published_by_any_client_reaches_the_live_stream_and_one_that_is_not_an_event_is_skipped() throws Exception {
        String payload = "{\"v\":1,\"type\":\"order:created\",\"workspace\":\"shop\",\"at\":\"2026-11-24T20:48:38Z\","
                + "\"data\":{\"orderId\":\"o-1\",\"amount\":1200.50}}";
        try (RedisEventSubscriber subscriber = new RedisEventSubscriber(REDIS.connection());
             RespClient plain = RespClient.connect(REDIS.server().port())) {
            CompletableFuture<LiveEvent> heard = subscriber.live().next().toFuture();
            long listeners = 0;
            while (listeners == 0) {
                listeners = (Long) plain.command("PUBLISH", "order:created", "not json");
            }
            plain.command("PUBLISH", "order:created", payload);

            assertThat(heard.get(10, TimeUnit.SECONDS)).isEqualTo(new LiveEvent(1, "order:created", "shop",
                    Instant.parse("2026-11-24T20:48:38Z"), Map.of("orderId", "o-1", "amount", new BigDecimal("1200.50"))));
            assertThat(subscriber.unreadable()).isEqualTo(1);
        }
    }

    /** Subscribes a plain client to every channel, publishes the event through the adapter, and returns what arrives. */
    private static List<?> publishedAs(CrmEvent event, String channel) throws Exception {
        try (RespClient plain = RespClient.connect(REDIS.server().port())) {
            plain.send(Stream.concat(Stream.of("SUBSCRIBE"), CHANNELS.stream()).toArray(String[]::new));
            for (int confirmed = 0; confirmed < CHANNELS.size(); confirmed++) {
                plain.read();
            }
            new RedisEventPublisher(REDIS.connection()).publish(event).block(Duration.ofSeconds(5));
            List<?> message = (List<?>) plain.read();
            assertThat(message.get(1)).isEqualTo(channel);
            return message;
        }
    }
}

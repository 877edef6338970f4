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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.application.port.shared.EventChannel;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportedBatch;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;

/** What a program with a plain Redis client, not Redisson, sees of the channels and payloads, and what it can send. */
class RedisChannelsTest {

    private static final Instant AT = Instant.parse("2026-11-24T20:48:38.125Z");
    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final List<String> CHANNELS = List.of(
            "customer:created",
            "customer:updated",
            "order:created",
            "campaign:created",
            "campaign:queued",
            "segmentRule:created",
            "delivery:updated",
            "campaign:completed",
            "import:batch",
            "customer:deleted",
            "segmentRule:updated",
            "segmentRule:deleted",
            "campaign:scheduled",
            "campaign:dispatching",
            "campaign:cancelled");

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @Test
    void events_travel_on_the_channels_users_know() {
        assertThat(Arrays.stream(EventChannel.values()).map(EventChannel::channelName))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
    }

    @Test
    void a_new_customer_is_published_on_customer_created_as_versioned_json() throws Exception {
        Customer asha = Customer.register(
                SHOP,
                new CustomerId("c-1"),
                new Email("asha@example.com"),
                new Profile(Optional.of("Asha"), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                AT);

        List<?> message = publishedAs(new CustomerCreated(asha, AT), "customer:created");

        JsonNode payload = new ObjectMapper().readTree((String) message.get(2));
        assertThat(message.subList(0, 2)).isEqualTo(List.of("message", "customer:created"));
        assertThat(payload.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("v", "type", "workspace", "at", "data");
        assertThat(payload.get("v").asInt()).isEqualTo(1);
        assertThat(payload.get("type").asText()).isEqualTo("customer:created");
        assertThat(payload.get("workspace").asText()).isEqualTo("shop");
        assertThat(payload.get("at").asText()).isEqualTo("2026-11-24T20:48:38.125Z");
        assertThat(new ObjectMapper().convertValue(payload.get("data"), new TypeReference<Map<String, Object>>() {}))
                .isEqualTo(Map.of("customerId", "c-1", "email", "asha@example.com", "name", "Asha"));
    }

    @Test
    void an_import_batch_is_published_once_on_import_batch_with_its_counts() throws Exception {
        List<?> message = publishedAs(new ImportedBatch(SHOP, ImportKind.CUSTOMERS, 998, 2, 0, AT), "import:batch");

        JsonNode data = new ObjectMapper().readTree((String) message.get(2)).get("data");
        assertThat(data.toString())
                .isEqualTo(
                        "{\"kind\":\"customers\",\"customersCreated\":998,\"customersUpdated\":2,\"ordersCreated\":0}");
    }

    @Test
    void a_batch_of_deliveries_is_published_once_on_delivery_updated_with_its_moves_and_the_campaigns_counters()
            throws Exception {
        Campaign sale = dispatching()
                .addAudience(500, AT)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.SENT, AT)
                .countMove(DeliveryStatus.PENDING, DeliveryStatus.FAILED, AT);

        List<?> message = publishedAs(new DeliveryBatch(sale, 0, 1, 0, 1, AT), "delivery:updated");

        JsonNode data = new ObjectMapper().readTree((String) message.get(2)).get("data");
        assertThat(data.toString())
                .isEqualTo("{\"campaignId\":\"k-1\",\"created\":0,\"movedToSent\":1,\"movedToDelivered\":0,"
                        + "\"movedToFailed\":1,\"name\":\"Sale\",\"status\":\"DISPATCHING\",\"audience\":500,\"pending\":498,"
                        + "\"sent\":1,\"delivered\":0,\"failed\":1,\"skipped\":0,\"suppressed\":0}");
    }

    @Test
    void deletes_schedules_cancels_and_dispatch_starts_are_published_on_channels_of_their_own() throws Exception {
        Campaign draft = draft();
        Campaign scheduled = draft.schedule(AT.plusSeconds(3_600), AT).get();
        Segment segment = new Segment(SHOP, new SegmentId("s-1"), "Pune", "", Rule.all(), "mira", AT, AT);

        assertThat(dataOf(new CustomerDeleted(SHOP, new CustomerId("c-1"), AT), "customer:deleted"))
                .isEqualTo("{\"customerId\":\"c-1\"}");
        assertThat(dataOf(new SegmentUpdated(segment, AT), "segmentRule:updated"))
                .isEqualTo("{\"segmentId\":\"s-1\",\"name\":\"Pune\"}");
        assertThat(dataOf(new SegmentDeleted(SHOP, new SegmentId("s-1"), AT), "segmentRule:deleted"))
                .isEqualTo("{\"segmentId\":\"s-1\"}");
        assertThat(dataOf(new CampaignScheduled(scheduled, AT), "campaign:scheduled"))
                .contains("\"status\":\"DRAFT\"", "\"scheduledAt\":\"2026-11-24T21:48:38.125Z\"");
        assertThat(dataOf(new CampaignDispatchStarted(dispatching(), AT), "campaign:dispatching"))
                .contains("\"campaignId\":\"k-1\"", "\"status\":\"DISPATCHING\"");
        assertThat(dataOf(new CampaignCancelled(draft.cancel(AT).get(), AT), "campaign:cancelled"))
                .contains("\"campaignId\":\"k-1\"", "\"status\":\"CANCELLED\"");
    }

    @Test
    void a_payload_published_by_any_client_on_any_channel_reaches_the_live_stream() throws Exception {
        try (RedisEventSubscriber subscriber = new RedisEventSubscriber(REDIS.connection());
                RespClient plain = RespClient.connect(REDIS.server().port())) {
            BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
            Disposable listening = subscriber.live().subscribe(heard::add);
            for (String channel : CHANNELS) {
                String payload = "{\"v\":1,\"type\":\"" + channel
                        + "\",\"workspace\":\"shop\",\"at\":\"2026-11-24T20:48:38Z\"," + "\"data\":{\"id\":\"x\"}}";
                while ((Long) plain.command("PUBLISH", channel, payload) == 0) {
                    Thread.onSpinWait();
                }

                assertThat(heard.poll(10, TimeUnit.SECONDS))
                        .extracting(LiveEvent::type)
                        .isEqualTo(channel);
            }
            listening.dispose();
        }
    }

    @Test
    void a_payload_published_by_any_client_reaches_the_live_stream_and_one_that_is_not_an_event_is_skipped()
            throws Exception {
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

            assertThat(heard.get(10, TimeUnit.SECONDS))
                    .isEqualTo(new LiveEvent(
                            1,
                            "order:created",
                            "shop",
                            Instant.parse("2026-11-24T20:48:38Z"),
                            Map.of("orderId", "o-1", "amount", new BigDecimal("1200.50"))));
            assertThat(subscriber.unreadable()).isEqualTo(1);
        }
    }

    private static Campaign draft() {
        return Campaign.draft(
                        SHOP,
                        new CampaignId("k-1"),
                        new NewCampaign("Sale", new SegmentId("s-1"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FieldCatalogue.standard(),
                        "mira",
                        AT)
                .get();
    }

    private static Campaign dispatching() {
        return draft().queue(Rule.all(), AT)
                .flatMap(queued -> queued.startDispatch(AT))
                .get();
    }

    /** The {@code data} of the payload a plain client reads on the channel once the event is published. */
    private static String dataOf(CrmEvent event, String channel) throws Exception {
        return new ObjectMapper()
                .readTree((String) publishedAs(event, channel).get(2))
                .get("data")
                .toString();
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

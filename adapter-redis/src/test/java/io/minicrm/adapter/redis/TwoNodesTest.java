package io.minicrm.adapter.redis;

import static io.minicrm.adapter.redis.Nodes.PATIENCE;
import static io.minicrm.adapter.redis.Nodes.customer;
import static io.minicrm.adapter.redis.Nodes.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryCache;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

class TwoNodesTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final SegmentId SEGMENT = new SegmentId("everyone");
    private static final CampaignId CAMPAIGN = new CampaignId("sale");

    private static RedisServer server;
    private Nodes nodes;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        server.close();
    }

    @BeforeEach
    void emptyRedis() throws Exception {
        try (RespClient plain = RespClient.connect(server.port())) {
            plain.command("FLUSHALL");
        }
        nodes = new Nodes();
    }

    @AfterEach
    void stopNodes() throws Exception {
        nodes.close();
    }

    @Test
    void a_customer_created_on_one_node_appears_in_the_other_nodes_event_stream() throws Exception {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), RedisCache::new).crm();
        CompletableFuture<LiveEvent> heard = second.events().of(SHOP).next().toFuture();

        Customer asha = first.customers()
                .upsert(SHOP, customer("asha@example.com"))
                .block(PATIENCE)
                .value();

        LiveEvent event = heard.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(event.type()).isEqualTo("customer:created");
        assertThat(event.data()).containsEntry("customerId", asha.id().value());
    }

    @Test
    void an_event_from_another_node_evicts_this_nodes_own_cached_figures() {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), redis -> new InMemoryCache()).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();
        // Stored behind the engines' backs: no event, so the figures cached on the second node stay as they were.
        nodes.customers.insert(unannounced("quiet@example.com")).block(PATIENCE);
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();

        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);

        assertThat(eventually(
                        () -> second.insights().dashboard(SHOP).block(PATIENCE).customers(), count -> count != 0))
                .isEqualTo(2);
    }

    @Test
    void with_the_shared_redis_cache_the_other_node_reads_the_change_as_soon_as_it_is_made() {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), RedisCache::new).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();
        nodes.customers.insert(unannounced("quiet@example.com")).block(PATIENCE);
        assertThat(first.insights().dashboard(SHOP).block(PATIENCE).customers()).isZero();

        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);

        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isEqualTo(2);
    }

    /** Changes that raised no event before: each is made on the first node over data stored behind the engines' backs. */
    static Stream<Arguments> changesOnQuietData() {
        return Stream.of(
                change("customer:deleted", crm -> crm.customers().delete(SHOP, new CustomerId("asha@example.com"))),
                change(
                        "segmentRule:updated",
                        crm -> crm.segments()
                                .update(
                                        SHOP,
                                        SEGMENT,
                                        new SegmentDraft("Pune", "", new RuleSource.Text("city = \"Pune\""), "mira"))),
                change("segmentRule:deleted", crm -> crm.segments().delete(SHOP, SEGMENT)),
                change(
                        "campaign:scheduled",
                        crm -> crm.campaigns()
                                .schedule(SHOP, CAMPAIGN, Instant.now().plus(Duration.ofDays(1)))),
                change("campaign:cancelled", crm -> crm.campaigns().cancel(SHOP, CAMPAIGN)));
    }

    private static Arguments change(String channel, Function<Crm, Mono<?>> change) {
        return Arguments.of(channel, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesOnQuietData")
    void a_change_made_on_one_node_is_heard_by_the_other_and_evicts_its_own_cached_figures(
            String channel, Function<Crm, Mono<?>> change) throws Exception {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), redis -> new InMemoryCache()).crm();
        Instant now = Instant.now();
        nodes.customers.insert(unannounced("asha@example.com")).block(PATIENCE);
        nodes.segments
                .save(new Segment(SHOP, SEGMENT, "Everyone", "", Rule.all(), "mira", now, now))
                .block(PATIENCE);
        nodes.campaigns
                .insert(Campaign.draft(
                                SHOP,
                                CAMPAIGN,
                                new NewCampaign("Sale", SEGMENT, Channel.SMS, Optional.empty(), "Hi", Map.of()),
                                FieldCatalogue.standard(),
                                "mira",
                                now)
                        .get())
                .block(PATIENCE);
        long cached = second.insights().dashboard(SHOP).block(PATIENCE).customers();
        // Two more customers stored without an event, so that the figures differ from the cached ones after any change.
        nodes.customers.insert(unannounced("quiet@example.com")).block(PATIENCE);
        nodes.customers.insert(unannounced("silent@example.com")).block(PATIENCE);
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isEqualTo(cached);
        CompletableFuture<LiveEvent> heard = second.events().of(SHOP).next().toFuture();

        change.apply(first).block(PATIENCE);

        assertThat(heard.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).type()).isEqualTo(channel);
        long stored = nodes.customers.count(SHOP).block(PATIENCE);
        assertThat(eventually(
                        () -> second.insights().dashboard(SHOP).block(PATIENCE).customers(), count -> count != cached))
                .isEqualTo(stored);
    }

    private static Customer unannounced(String email) {
        return Customer.register(
                SHOP,
                new CustomerId(email),
                new Email(email),
                new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"),
                Instant.now());
    }
}

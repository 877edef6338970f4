package io.minicrm.adapter.redis;

import static io.minicrm.adapter.redis.Nodes.PATIENCE;
import static io.minicrm.adapter.redis.Nodes.customer;
import static io.minicrm.adapter.redis.Nodes.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemoryCache;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.workspace.WorkspaceId;

class TwoNodesTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

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

        Customer asha = first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE).value();

        LiveEvent event = heard.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(event.type()).isEqualTo("customer:created");
        assertThat(event.data()).containsEntry("customerId", asha.id().value());
    }

    @Test
    void an_event_from_another_node_evicts_this_nodes_own_cached_figures() {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), redis -> new InMemoryCache()).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers()).isZero();
        // Stored behind the engines' backs: no event, so the figures cached on the second node stay as they were.
        nodes.customers.insert(unannounced("quiet@example.com")).block(PATIENCE);
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers()).isZero();

        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);

        assertThat(eventually(() -> second.insights().dashboard(SHOP).block(PATIENCE).customers(), count -> count != 0))
                .isEqualTo(2);
    }

    @Test
    void with_the_shared_redis_cache_the_other_node_reads_the_change_as_soon_as_it_is_made() {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), RedisCache::new).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers()).isZero();
        nodes.customers.insert(unannounced("quiet@example.com")).block(PATIENCE);
        assertThat(first.insights().dashboard(SHOP).block(PATIENCE).customers()).isZero();

        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);

        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(2);
    }

    private static Customer unannounced(String email) {
        return Customer.register(SHOP, new CustomerId(email), new Email(email),
                new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of()),
                Currency.getInstance("INR"), Instant.now());
    }
}

package io.minicrm.adapter.redis;

import static io.minicrm.adapter.redis.Nodes.PATIENCE;
import static io.minicrm.adapter.redis.Nodes.customer;
import static io.minicrm.adapter.redis.Nodes.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.Crm;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Redis going away mid-run: requests go on without it, events flow again once it is back, and no cached figure older
 * than a change made meanwhile stays in reach.
 */
class RedisOutageTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

    private RedisServer server;
    private Nodes nodes;

    @BeforeEach
    void start() {
        server = RedisServer.start();
        nodes = new Nodes();
    }

    @AfterEach
    void stop() throws Exception {
        nodes.close();
        server.close();
    }

    @Test
    void requests_succeed_while_redis_is_killed_and_events_flow_again_once_it_is_back() throws Exception {
        Nodes.Node node = nodes.node(server.url(), RedisCache::new);
        Crm crm = node.crm();
        crm.insights().dashboard(SHOP).block(PATIENCE);

        server.kill();

        crm.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);
        assertThat(crm.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(1);
        assertThat(crm.customers()
                        .upsert(SHOP, customer("ravi@example.com"))
                        .block(PATIENCE)
                        .created())
                .isTrue();
        assertThat(eventually(() -> node.publisher().dropped(), dropped -> dropped >= 2))
                .isGreaterThanOrEqualTo(2);

        server.restart();

        CompletableFuture<LiveEvent> heard = crm.events().of(SHOP).next().toFuture();
        AtomicInteger attempt = new AtomicInteger();
        Flux.interval(Duration.ZERO, Duration.ofMillis(200))
                .onBackpressureDrop()
                .concatMap(tick ->
                        crm.customers().upsert(SHOP, customer("after" + attempt.incrementAndGet() + "@example.com")))
                .takeUntilOther(Mono.fromFuture(heard))
                .blockLast(PATIENCE);
        assertThat(heard.get().type()).isEqualTo("customer:created");
        assertThat(crm.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(2 + attempt.get());
    }

    @Test
    void a_change_made_while_redis_is_frozen_leaves_no_older_cached_figure_in_reach_once_it_answers_again()
            throws Exception {
        Crm first = nodes.node(server.url(), RedisCache::new).crm();
        Crm second = nodes.node(server.url(), RedisCache::new).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();

        server.pause();
        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);
        assertThat(first.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(1);
        server.resume();

        // Redis kept the figures cached before the change: the node that made it reads around them at once, and
        // replaces their generation as soon as Redis answers, after which no node can read them.
        assertThat(first.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(1);
        assertThat(eventually(
                        () -> second.insights().dashboard(SHOP).block(PATIENCE).customers(), count -> count != 0))
                .isEqualTo(1);
    }

    @Test
    void
            while_one_node_cannot_reach_redis_others_read_the_figures_cached_before_its_change_until_it_reaches_redis_again()
                    throws Exception {
        try (RespClient admin = RespClient.connect(server.port())) {
            admin.command("ACL", "SETUSER", "first", "on", ">secret", "~*", "&*", "+@all");
        }
        Crm first = nodes.node("redis://first:secret@127.0.0.1:" + server.port(), RedisCache::new)
                .crm();
        Crm second = nodes.node(server.url(), RedisCache::new).crm();
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();

        // Only the first node loses Redis, which keeps what it holds and goes on answering the others.
        try (RespClient admin = RespClient.connect(server.port())) {
            admin.command("ACL", "SETUSER", "first", "off");
            admin.command("CLIENT", "KILL", "USER", "first");
        }
        first.customers().upsert(SHOP, customer("asha@example.com")).block(PATIENCE);

        // The node that made the change reads around the figures it could not forget; the other never heard of the
        // change, and reads the shared figures cached before it.
        assertThat(first.insights().dashboard(SHOP).block(PATIENCE).customers()).isEqualTo(1);
        assertThat(second.insights().dashboard(SHOP).block(PATIENCE).customers())
                .isZero();

        try (RespClient admin = RespClient.connect(server.port())) {
            admin.command("ACL", "SETUSER", "first", "on");
        }
        assertThat(eventually(
                        () -> second.insights().dashboard(SHOP).block(PATIENCE).customers(), count -> count != 0))
                .isEqualTo(1);
    }
}

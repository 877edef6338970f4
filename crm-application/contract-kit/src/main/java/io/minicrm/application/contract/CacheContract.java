package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link Cache} does, generations included. An adapter's test extends it, gives a new, empty cache from {@link #newCache()} and,
 * if the cache's clock can be set, makes {@link #letTimePass} move it instead of waiting.
 */
public abstract class CacheContract {

    private static final Duration LONG = Duration.ofMinutes(10);
    private static final Duration SHORT = Duration.ofMillis(200);

    private Cache cache;

    protected abstract Cache newCache();

    /** Lets the given time pass for the cache's clock. */
    protected void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @BeforeEach
    void createCache() {
        cache = newCache();
    }

    /** Puts as a reader does after a miss: under the generation it has just read. */
    private void put(WorkspaceId workspace, String key, Object value, Duration timeToLive) {
        long generation = cache.get(workspace, key, Object.class).block().generation();
        cache.put(workspace, generation, key, value, timeToLive).block();
    }

    private <T> Optional<T> read(WorkspaceId workspace, String key, Class<T> type) {
        return cache.get(workspace, key, type).block().value();
    }

    @Test
    void gives_back_a_value_put_before() {
        put(A, "customers", 42L, LONG);

        assertThat(read(A, "customers", Long.class)).contains(42L);
    }

    @Test
    void gives_back_a_record_as_it_was_put() {
        OrderTotals totals = new OrderTotals(3, new BigDecimal("12.50"));

        put(A, "totals", totals, LONG);

        assertThat(read(A, "totals", OrderTotals.class)).contains(totals);
    }

    @Test
    void a_key_never_put_is_a_miss() {
        assertThat(read(A, "customers", Long.class)).isEmpty();
    }

    @Test
    void putting_a_key_again_replaces_its_value() {
        put(A, "customers", 42L, LONG);
        put(A, "customers", 43L, LONG);

        assertThat(read(A, "customers", Long.class)).contains(43L);
    }

    @Test
    void a_value_read_as_another_type_is_a_miss() {
        put(A, "customers", 42L, LONG);

        assertThat(read(A, "customers", OrderTotals.class)).isEmpty();
    }

    @Test
    void a_value_is_forgotten_once_its_time_to_live_has_passed() {
        put(A, "brief", 1L, SHORT);
        put(A, "lasting", 2L, LONG);

        letTimePass(SHORT.multipliedBy(2));

        assertThat(read(A, "brief", Long.class)).isEmpty();
        assertThat(read(A, "lasting", Long.class)).contains(2L);
    }

    @Test
    void evicting_a_workspace_forgets_all_its_values_and_nothing_of_another() {
        put(A, "customers", 1L, LONG);
        put(A, "orders", 2L, LONG);
        put(B, "customers", 3L, LONG);

        StepVerifier.create(cache.evictAll(A)).verifyComplete();

        assertThat(read(A, "customers", Long.class)).isEmpty();
        assertThat(read(A, "orders", Long.class)).isEmpty();
        assertThat(read(B, "customers", Long.class)).contains(3L);
    }

    @Test
    void a_value_computed_before_an_eviction_is_not_kept() {
        long before = cache.get(A, "dashboard", Long.class).block().generation();

        cache.evictAll(A).block();
        cache.put(A, before, "dashboard", 1L, LONG).block();

        assertThat(read(A, "dashboard", Long.class)).isEmpty();
    }

    @Test
    void a_value_computed_after_an_eviction_is_kept() {
        cache.evictAll(A).block();
        long after = cache.get(A, "dashboard", Long.class).block().generation();

        cache.put(A, after, "dashboard", 2L, LONG).block();

        assertThat(read(A, "dashboard", Long.class)).contains(2L);
    }

    @Test
    void evicting_a_workspace_leaves_the_generation_of_another() {
        long other = cache.get(B, "dashboard", Long.class).block().generation();

        cache.evictAll(A).block();
        cache.put(B, other, "dashboard", 3L, LONG).block();

        assertThat(read(B, "dashboard", Long.class)).contains(3L);
    }

    @Test
    void workspaces_keep_their_values_of_the_same_key_apart() {
        put(A, "customers", 1L, LONG);
        put(B, "customers", 2L, LONG);

        assertThat(read(A, "customers", Long.class)).contains(1L);
        assertThat(read(B, "customers", Long.class)).contains(2L);
    }
}

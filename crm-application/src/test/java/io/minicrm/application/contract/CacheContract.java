package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.OrderTotals;
import reactor.test.StepVerifier;

/**
 * What every {@link Cache} does. An adapter's test extends it, gives a new, empty cache from {@link #newCache()} and,
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

    @Test
    void gives_back_a_value_put_before() {
        cache.put(A, "customers", 42L, LONG).block();

        assertThat(cache.get(A, "customers", Long.class).block()).isEqualTo(42L);
    }

    @Test
    void gives_back_a_record_as_it_was_put() {
        OrderTotals totals = new OrderTotals(3, new BigDecimal("12.50"));

        cache.put(A, "totals", totals, LONG).block();

        assertThat(cache.get(A, "totals", OrderTotals.class).block()).isEqualTo(totals);
    }

    @Test
    void a_key_never_put_is_a_miss() {
        StepVerifier.create(cache.get(A, "customers", Long.class)).verifyComplete();
    }

    @Test
    void putting_a_key_again_replaces_its_value() {
        cache.put(A, "customers", 42L, LONG).block();
        cache.put(A, "customers", 43L, LONG).block();

        assertThat(cache.get(A, "customers", Long.class).block()).isEqualTo(43L);
    }

    @Test
    void a_value_read_as_another_type_is_a_miss() {
        cache.put(A, "customers", 42L, LONG).block();

        StepVerifier.create(cache.get(A, "customers", OrderTotals.class)).verifyComplete();
    }

    @Test
    void a_value_is_forgotten_once_its_time_to_live_has_passed() {
        cache.put(A, "brief", 1L, SHORT).block();
        cache.put(A, "lasting", 2L, LONG).block();

        letTimePass(SHORT.multipliedBy(2));

        StepVerifier.create(cache.get(A, "brief", Long.class)).verifyComplete();
        assertThat(cache.get(A, "lasting", Long.class).block()).isEqualTo(2L);
    }

    @Test
    void evicting_a_workspace_forgets_all_its_values_and_nothing_of_another() {
        cache.put(A, "customers", 1L, LONG).block();
        cache.put(A, "orders", 2L, LONG).block();
        cache.put(B, "customers", 3L, LONG).block();

        StepVerifier.create(cache.evictAll(A)).verifyComplete();

        StepVerifier.create(cache.get(A, "customers", Long.class)).verifyComplete();
        StepVerifier.create(cache.get(A, "orders", Long.class)).verifyComplete();
        assertThat(cache.get(B, "customers", Long.class).block()).isEqualTo(3L);
    }

    @Test
    void workspaces_keep_their_values_of_the_same_key_apart() {
        cache.put(A, "customers", 1L, LONG).block();
        cache.put(B, "customers", 2L, LONG).block();

        assertThat(cache.get(A, "customers", Long.class).block()).isEqualTo(1L);
        assertThat(cache.get(B, "customers", Long.class).block()).isEqualTo(2L);
    }
}

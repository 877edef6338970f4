package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.shared.CrmEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * What every {@link EventPublisher} with its {@link EventStream} does. An adapter's test extends it and gives both
 * ends of a new channel from {@link #newBus()}. A subscription may take a moment to be in place, so the tests publish
 * an event they wait for until a listener sees it.
 */
public abstract class EventPublisherContract {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration REPEAT = Duration.ofMillis(20);

    /** The two ends of one event channel. */
    public record Bus(EventPublisher publisher, EventStream stream) {}

    private Bus bus;

    protected abstract Bus newBus();

    @BeforeEach
    void createBus() {
        bus = newBus();
    }

    @Test
    void a_listener_sees_an_event_published_after_it_subscribed_in_its_live_form() {
        CrmEvent event = created("c-1");

        assertThat(publishUntil(heard(event), event)).isEqualTo(live(event));
    }

    @Test
    void every_listener_sees_each_event() {
        CrmEvent event = created("c-1");
        Mono<LiveEvent> first = heard(event);
        Mono<LiveEvent> second = heard(event);

        assertThat(publishUntil(Mono.zip(first, second), event).toList()).containsExactly(live(event), live(event));
    }

    @Test
    void a_listener_misses_the_events_published_before_it_subscribed() {
        CrmEvent ready = created("c-0");
        CrmEvent before = created("c-1");
        CrmEvent after = created("c-2");
        // Publishing may only hand an event over: a listener already in place shows when it has been delivered.
        Mono<LiveEvent> witnessed = heard(before).cache();
        Disposable witness = witnessed.subscribe();
        publishUntil(heard(ready), ready);
        bus.publisher().publish(before).block();
        witnessed.block(PATIENCE);
        witness.dispose();

        List<LiveEvent> seen =
                publishUntil(bus.stream().live().takeUntil(live(after)::equals).collectList(), after);

        assertThat(seen).doesNotContain(live(before)).contains(live(after));
    }

    @Test
    void publishing_with_no_listener_completes() {
        StepVerifier.create(bus.publisher().publish(created("c-1"))).verifyComplete();
    }

    @Test
    void a_slow_listener_blocks_neither_publishers_nor_other_listeners() {
        CountDownLatch slowGotOne = new CountDownLatch(1);
        Disposable slow = bus.stream()
                .live()
                .doOnNext(event -> {
                    slowGotOne.countDown();
                    pause(Duration.ofMillis(200));
                })
                .subscribe();
        try {
            Mono<LiveEvent> last = heard(created("c-last")).cache();
            last.subscribe();
            publishUntil(
                    Mono.fromCallable(() -> slowGotOne.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                            .subscribeOn(Schedulers.boundedElastic()),
                    created("c-ready"));

            // Two hundred events take the slow listener forty seconds; publishing them must not wait for it.
            StepVerifier.create(Flux.range(0, 200)
                            .concatMap(n -> bus.publisher().publish(created("c-" + n)))
                            .subscribeOn(Schedulers.boundedElastic()))
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));

            assertThat(publishUntil(last, created("c-last"))).isEqualTo(live(created("c-last")));
        } finally {
            slow.dispose();
        }
    }

    /** Publishes the event over and over until {@code seen} gives its value, which it returns. */
    private <T> T publishUntil(Mono<T> seen, CrmEvent event) {
        Mono<T> awaited = seen.cache();
        Disposable listening = awaited.subscribe();
        Disposable publishing = Flux.interval(Duration.ZERO, REPEAT)
                .onBackpressureDrop()
                .concatMap(tick -> bus.publisher().publish(event))
                .subscribe();
        try {
            return awaited.block(PATIENCE);
        } finally {
            publishing.dispose();
            listening.dispose();
        }
    }

    private Mono<LiveEvent> heard(CrmEvent event) {
        return bus.stream().live().filter(live(event)::equals).next();
    }

    private static LiveEvent live(CrmEvent event) {
        return LiveEvent.of(event).orElseThrow();
    }

    private static CrmEvent created(String customer) {
        return new CustomerCreated(customer(A, customer, customer + "@example.com"), NOW);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.minicrm.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.Logger;
import reactor.util.Loggers;

class RetryingTest {

    private static final Logger LOG = Loggers.getLogger(RetryingTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicInteger tries = new AtomicInteger();

    /** Work that fails with the failure given for its first {@code failing} tries, then succeeds. */
    private Mono<String> failingFirst(int failing, Throwable failure) {
        return Mono.defer(() -> tries.incrementAndGet() <= failing ? Mono.error(failure) : Mono.just("done"));
    }

    private Mono<String> atMost(int allowed, Mono<String> work) {
        return Retrying.atMost(allowed, work, Duration.ofMillis(1), LOG, () -> "The work");
    }

    @Test
    void a_transient_failure_is_tried_again_until_the_work_succeeds() {
        StepVerifier.create(atMost(5, failingFirst(3, new TimeoutException("slow"))))
                .expectNext("done")
                .expectComplete()
                .verify(PATIENCE);

        assertThat(tries).hasValue(4);
    }

    @Test
    void a_transient_failure_is_tried_at_most_the_tries_allowed_and_the_last_failure_passed_on() {
        StepVerifier.create(atMost(4, failingFirst(10, new TimeoutException("slow"))))
                .expectErrorSatisfies(failure ->
                        assertThat(failure).isInstanceOf(TimeoutException.class).hasMessage("slow"))
                .verify(PATIENCE);

        assertThat(tries).hasValue(4);
    }

    @Test
    void a_failure_that_recurs_on_every_try_is_passed_on_without_another_try() {
        StepVerifier.create(atMost(4, failingFirst(10, new IllegalArgumentException("unreadable"))))
                .expectError(IllegalArgumentException.class)
                .verify(PATIENCE);

        assertThat(tries).hasValue(1);
    }

    @Test
    void one_try_allowed_is_the_work_itself() {
        StepVerifier.create(atMost(1, failingFirst(1, new TimeoutException("slow"))))
                .expectError(TimeoutException.class)
                .verify(PATIENCE);

        assertThat(tries).hasValue(1);
    }
}

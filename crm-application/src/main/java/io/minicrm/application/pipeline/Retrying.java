package io.minicrm.application.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.retry.Retry;

/**
 * A step's work that failed for want of a store or the queue is tried again after a growing pause, until it succeeds
 * or the step stops: every step may repeat its work, and work left unacknowledged would hold up the queue behind it.
 * Nearly all work succeeds at its first try, and a sender asks this once per delivery, so the retrying (which costs a
 * few objects per subscription) is set up only after a first failure, and the work is described only for the log.
 */
final class Retrying {

    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private Retrying() {
    }

    static <T> Mono<T> untilDone(Mono<T> work, Duration firstPause, Logger log, Supplier<String> what) {
        Duration pause = firstPause.compareTo(SHORTEST_PAUSE) < 0 ? SHORTEST_PAUSE : firstPause;
        return work.onErrorResume(first -> {
            log.warn(what.get() + " failed 1 time(s); trying again", first);
            return work.retryWhen(Retry.backoff(Long.MAX_VALUE, pause.multipliedBy(2)).maxBackoff(LONGEST_PAUSE)
                            .doBeforeRetry(signal -> log.warn(what.get() + " failed " + (signal.totalRetries() + 2)
                                    + " time(s); trying again", signal.failure())))
                    .delaySubscription(pause);
        });
    }
}

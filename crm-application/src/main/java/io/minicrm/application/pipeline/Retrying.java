package io.minicrm.application.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.retry.Retry;

/**
 * A step's work on an item that failed transiently ({@link Failures}), for want of a store or the queue, is tried again
 * after a growing pause, up to a bounded number of tries in all; a deterministic failure is not tried again. Either
 * way the failure is then passed on, for the step to set the item aside and move on: work retried without end would
 * never be acknowledged and would hold up the queue behind it. The first failure is logged in one line, later ones
 * only at debug level. Nearly all work succeeds at its first try, and a sender asks this once per delivery, so the
 * retrying (a few objects per subscription) is set up only after a first failure, and the work is described only
 * for the log.
 */
final class Retrying {

    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private Retrying() {}

    static <T> Mono<T> atMost(int tries, Mono<T> work, Duration firstPause, Logger log, Supplier<String> what) {
        if (tries < 2) {
            return work;
        }
        Duration pause = firstPause.compareTo(SHORTEST_PAUSE) < 0 ? SHORTEST_PAUSE : firstPause;
        return work.onErrorResume(Failures::isTransient, first -> {
            log.warn(what.get() + " failed; trying again, " + (tries - 1) + " more time(s) at most: "
                    + Failures.reason(first));
            Mono<T> again = tries == 2
                    ? work
                    : work.retryWhen(Retry.backoff(tries - 2, pause.multipliedBy(2))
                            .maxBackoff(LONGEST_PAUSE)
                            .filter(Failures::isTransient)
                            .doBeforeRetry(signal -> log.debug(
                                    what.get() + " failed " + (signal.totalRetries() + 2) + " time(s); trying again",
                                    signal.failure()))
                            .onRetryExhaustedThrow((retry, signal) -> signal.failure()));
            return again.delaySubscription(pause);
        });
    }
}

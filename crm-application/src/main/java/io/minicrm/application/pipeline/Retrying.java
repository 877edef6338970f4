package io.minicrm.application.pipeline;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.retry.Retry;

/**
 * A step's work that failed for want of a store or the queue is tried again after a growing pause, until it succeeds
 * or the step stops: every step may repeat its work, and work left unacknowledged would hold up the queue behind it.
 */
final class Retrying {

    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private Retrying() {
    }

    static <T> Mono<T> untilDone(Mono<T> work, Duration firstPause, Logger log, String what) {
        Duration pause = firstPause.compareTo(SHORTEST_PAUSE) < 0 ? SHORTEST_PAUSE : firstPause;
        return work.retryWhen(Retry.backoff(Long.MAX_VALUE, pause).maxBackoff(LONGEST_PAUSE)
                .doBeforeRetry(signal -> log.warn(what + " failed " + (signal.totalRetries() + 1)
                        + " time(s); trying again", signal.failure())));
    }
}

package io.minicrm.application.pipeline;

import reactor.core.publisher.Mono;

/**
 * Store writes that belong together (deliveries and the counters that count them) run to the end once started, even
 * when the step is stopped meanwhile: a stop between them would leave counters that no repeated work can correct, as a
 * repeated insert or receipt changes nothing.
 */
final class Uninterrupted {

    private Uninterrupted() {}

    static <T> Mono<T> writes(Mono<T> writes) {
        return Mono.fromFuture(writes::toFuture, true);
    }
}

package io.minicrm.application.contract;

import java.util.List;
import java.util.function.IntFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Makes many calls at once from several threads, to show that a store's atomic writes are atomic. */
final class Concurrently {

    private static final int THREADS = 8;

    private Concurrently() {}

    /** Makes the calls numbered 0 to {@code times - 1} and collects what they emitted, in no particular order. */
    static <T> List<T> call(int times, IntFunction<Mono<T>> call) {
        Scheduler threads = Schedulers.newParallel("contract", THREADS);
        try {
            return Flux.range(0, times)
                    .parallel(THREADS)
                    .runOn(threads)
                    .flatMap(call::apply)
                    .sequential()
                    .collectList()
                    .block();
        } finally {
            threads.dispose();
        }
    }
}

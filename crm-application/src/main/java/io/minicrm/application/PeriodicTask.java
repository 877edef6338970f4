package io.minicrm.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Work done again and again at a fixed interval that no slow or failing round can stop: ticks that come while a round
 * runs are dropped rather than queued, a failed round is logged and the next tick tries again, and the end of the last
 * completed round is kept so that a stalled loop can be told from a quiet one.
 */
public final class PeriodicTask implements Disposable {

    private static final Logger LOG = Loggers.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration every;
    private final Clock clock;
    private final Instant started;
    private final AtomicReference<@Nullable Instant> lastCompleted = new AtomicReference<>();
    private final Disposable running;

    private PeriodicTask(String name, Duration every, Clock clock, Supplier<? extends Publisher<?>> round) {
        this.name = name;
        this.every = every;
        this.clock = clock;
        this.started = clock.instant();
        this.running = Flux.interval(every)
                .onBackpressureDrop()
                .concatMap(
                        tick -> Mono.defer(() -> Flux.from(round.get()).then())
                                .then(Mono.fromRunnable(() -> lastCompleted.set(clock.instant())))
                                .onErrorResume(failure -> {
                                    LOG.warn(name + " failed; trying again in " + every, failure);
                                    return Mono.empty();
                                }),
                        1)
                .subscribe();
    }

    /** Starts doing the round every interval, the first time one interval from now. */
    public static PeriodicTask start(String name, Duration every, Clock clock, Supplier<? extends Publisher<?>> round) {
        return new PeriodicTask(name, every, clock, round);
    }

    public String name() {
        return name;
    }

    public Optional<Instant> lastCompleted() {
        return Optional.ofNullable(lastCompleted.get());
    }

    /** True when no round has completed within {@code rounds} intervals (counted from the start before the first). */
    public boolean stalled(int rounds) {
        Instant last = lastCompleted().orElse(started);
        return !isDisposed() && last.plus(every.multipliedBy(rounds)).isBefore(clock.instant());
    }

    @Override
    public void dispose() {
        running.dispose();
    }

    @Override
    public boolean isDisposed() {
        return running.isDisposed();
    }
}

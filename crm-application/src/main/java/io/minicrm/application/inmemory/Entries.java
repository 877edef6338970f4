package io.minicrm.application.inmemory;

import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Atomic read-modify-write of one map entry that also reports what the change decided. */
final class Entries {

    private Entries() {}

    /**
     * Applies {@code change} to the entry's current value and stores what {@code stored} makes of the outcome (the
     * value stays as it is when that is empty); empty when the map holds no such entry.
     */
    static <K, V, R> Optional<R> update(
            ConcurrentMap<K, V> map, K key, Function<V, R> change, Function<R, Optional<V>> stored) {
        AtomicReference<R> outcome = new AtomicReference<>();
        V after = map.computeIfPresent(key, (found, current) -> {
            R result = change.apply(current);
            // Only some maps promise a single call; others call again when another writer got in first, and keep the
            // last.
            outcome.set(result);
            return stored.apply(result).orElse(current);
        });
        return after == null ? Optional.empty() : Optional.of(outcome.get());
    }
}

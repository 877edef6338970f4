package io.minicrm.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * What a cache holds for a key, read together with the workspace's generation at that moment. A value computed after
 * a miss is put back under that generation, so that it is dropped if the workspace was evicted meanwhile.
 */
public record Cached<T>(long generation, Optional<T> value) {

    public Cached {
        Objects.requireNonNull(value, "value");
    }

    public static <T> Cached<T> miss(long generation) {
        return new Cached<>(generation, Optional.empty());
    }
}

package io.minicrm.application.service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Reads a costly figure through the cache: the remembered value if there is one, else the computed one, remembered
 * for next time under the generation read before computing. An unreachable cache only costs the computation.
 */
final class ReadThrough {

    private final Cache cache;

    ReadThrough(Cache cache) {
        this.cache = cache;
    }

    <T> Mono<T> read(WorkspaceId workspace, String key, Class<T> type, Duration keptFor, Mono<T> compute) {
        return read(workspace, key, type, keptFor, Mono::just, compute, Function.identity());
    }

    /**
     * The remembered value carried on by {@code whenKnown}; else the {@code computed} result, of which the part
     * {@code kept} is remembered: for when a figure comes with something that must not be cached.
     */
    <T, R> Mono<R> read(
            WorkspaceId workspace,
            String key,
            Class<T> type,
            Duration keptFor,
            Function<T, Mono<R>> whenKnown,
            Mono<R> computed,
            Function<R, T> kept) {
        return cache.get(workspace, key, type)
                .map(Optional::of)
                .onErrorResume(unreachable -> Mono.just(Optional.empty()))
                .flatMap(lookup -> lookup.flatMap(Cached::value)
                        .map(whenKnown)
                        .orElseGet(() -> computed.flatMap(result -> lookup.map(missed -> cache.put(
                                                workspace, missed.generation(), key, kept.apply(result), keptFor)
                                        .onErrorComplete())
                                .orElse(Mono.empty())
                                .thenReturn(result))));
    }
}

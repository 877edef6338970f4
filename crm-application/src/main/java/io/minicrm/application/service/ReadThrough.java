package io.minicrm.application.service;

import java.time.Duration;
import java.util.Optional;

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
        return cache.get(workspace, key, type)
                .map(Optional::of)
                .onErrorResume(unreachable -> Mono.just(Optional.empty()))
                .flatMap(lookup -> lookup.flatMap(Cached::value)
                        .map(Mono::just)
                        .orElseGet(() -> compute.flatMap(value -> lookup.map(
                                        missed -> cache.put(workspace, missed.generation(), key, value, keptFor)
                                                .onErrorComplete())
                                .orElse(Mono.empty())
                                .thenReturn(value))));
    }
}

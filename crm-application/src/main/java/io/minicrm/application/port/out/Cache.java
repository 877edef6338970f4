package io.minicrm.application.port.out;

import java.time.Duration;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Remembers figures that are costly to compute, per workspace. A miss or an unreachable cache is never an error:
 * callers fall back to computing the value. Each eviction starts a new generation of the workspace's values, and a
 * value is kept only under the generation it was computed in, so a computation that raced with an eviction cannot
 * bring old figures back.
 */
public interface Cache {

    /** The value remembered for the key, if it is of the given type, with the workspace's current generation. */
    <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type);

    /** Remembers the value unless the workspace has been evicted since the read that gave the generation. */
    Mono<Void> put(WorkspaceId workspace, long generation, String key, Object value, Duration timeToLive);

    /** Forgets everything remembered for the workspace, as any change to its data may change any figure. */
    Mono<Void> evictAll(WorkspaceId workspace);
}

package io.minicrm.application.port.out;

import java.time.Duration;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Remembers figures that are costly to compute, per workspace. A miss or an unreachable cache is never an error:
 * callers fall back to computing the value.
 */
public interface Cache {

    <T> Mono<T> get(WorkspaceId workspace, String key, Class<T> type);

    Mono<Void> put(WorkspaceId workspace, String key, Object value, Duration timeToLive);

    /** Forgets everything remembered for the workspace, as any change to its data may change any figure. */
    Mono<Void> evictAll(WorkspaceId workspace);
}

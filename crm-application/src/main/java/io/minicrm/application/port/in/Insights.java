package io.minicrm.application.port.in;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * The figures that sum up a workspace. Thread-safe: may be called from any thread, concurrently; nothing happens until
 * the returned {@code Mono} is subscribed.
 */
public interface Insights {

    Mono<Dashboard> dashboard(WorkspaceId workspace);
}

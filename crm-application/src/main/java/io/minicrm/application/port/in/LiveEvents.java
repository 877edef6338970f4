package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;

/**
 * A workspace's changes as they happen, for live views. Thread-safe: subscribe from any thread, as many times as
 * needed; events arrive on the engine's threads, one at a time per subscriber, and end when the engine closes.
 */
public interface LiveEvents {

    /**
     * The workspace's events from the moment of subscription on, in their versioned JSON form (what the HTTP adapter
     * streams and other nodes receive); a slow subscriber misses some rather than slowing others.
     */
    Flux<LiveEvent> of(WorkspaceId workspace);

    /**
     * The workspace's events from the moment of subscription on, each as a typed record of its kind. A subscriber that
     * falls behind by more than {@value #FOLLOW_BUFFER} events loses the oldest it has not taken, and is told so by a
     * {@link WorkspaceEvent.Missed} with their count, in their place.
     */
    Flux<WorkspaceEvent> follow(WorkspaceId workspace);

    /** Events a subscriber of {@link #follow} may fall behind by before it loses some. */
    int FOLLOW_BUFFER = 1_024;
}

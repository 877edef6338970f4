package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;

/** A workspace's changes as they happen, for live views. */
public interface LiveEvents {

    /** The workspace's events from the moment of subscription on; a slow subscriber misses some rather than slowing others. */
    Flux<LiveEvent> of(WorkspaceId workspace);
}

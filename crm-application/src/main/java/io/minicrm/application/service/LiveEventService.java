package io.minicrm.application.service;

import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;

/** Relays the events raised anywhere in the deployment to the workspace they belong to. */
public final class LiveEventService implements LiveEvents {

    private final EventStream stream;

    public LiveEventService(EventStream stream) {
        this.stream = stream;
    }

    @Override
    public Flux<LiveEvent> of(WorkspaceId workspace) {
        return stream.live().filter(event -> event.workspace().equals(workspace.value()));
    }
}

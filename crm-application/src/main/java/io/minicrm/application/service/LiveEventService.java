package io.minicrm.application.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.application.port.shared.WorkspaceEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Relays the events raised anywhere in the deployment to the workspace they belong to, until the engine closes. */
public final class LiveEventService implements LiveEvents {

    private final EventStream stream;
    private final Mono<Void> closed;

    public LiveEventService(EventStream stream) {
        this(stream, Mono.never());
    }

    /** Every subscription completes once {@code closed} does. */
    public LiveEventService(EventStream stream, Mono<Void> closed) {
        this.stream = stream;
        this.closed = closed;
    }

    @Override
    public Flux<LiveEvent> of(WorkspaceId workspace) {
        return stream.live()
                .filter(event -> event.workspace().equals(workspace.value()))
                .takeUntilOther(closed);
    }

    /**
     * Each event is numbered as it arrives, before the bounded buffer that drops the oldest when full, so a gap in the
     * numbers taken from the buffer is exactly what was lost, and where.
     */
    @Override
    public Flux<WorkspaceEvent> follow(WorkspaceId workspace) {
        return Flux.defer(() -> {
            AtomicLong lastTaken = new AtomicLong(-1);
            return of(workspace)
                    .index()
                    .onBackpressureBuffer(FOLLOW_BUFFER, lost -> {}, BufferOverflowStrategy.DROP_OLDEST)
                    .concatMapIterable(numbered -> {
                        WorkspaceEvent event = numbered.getT2().typed();
                        long lost = numbered.getT1() - lastTaken.getAndSet(numbered.getT1()) - 1;
                        return lost == 0
                                ? List.of(event)
                                : List.of(new WorkspaceEvent.Missed(workspace, event.at(), lost), event);
                    });
        });
    }
}

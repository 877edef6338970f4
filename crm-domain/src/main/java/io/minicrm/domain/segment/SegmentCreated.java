package io.minicrm.domain.segment;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A segment was defined. */
@DomainEvent
public record SegmentCreated(Segment segment, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return segment.workspace();
    }
}

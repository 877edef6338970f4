package io.minicrm.domain.segment;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A segment was removed; campaigns already queued keep the rule they took from it. */
@DomainEvent
public record SegmentDeleted(WorkspaceId workspace, SegmentId segment, Instant occurredAt) implements CrmEvent {

    public SegmentDeleted {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

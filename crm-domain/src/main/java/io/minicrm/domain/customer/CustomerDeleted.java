package io.minicrm.domain.customer;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A customer was removed from the workspace. */
@DomainEvent
public record CustomerDeleted(WorkspaceId workspace, CustomerId customer, Instant occurredAt) implements CrmEvent {

    public CustomerDeleted {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

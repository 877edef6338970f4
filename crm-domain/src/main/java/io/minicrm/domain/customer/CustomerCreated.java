package io.minicrm.domain.customer;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A customer was registered. */
@DomainEvent
public record CustomerCreated(Customer customer, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return customer.workspace();
    }
}

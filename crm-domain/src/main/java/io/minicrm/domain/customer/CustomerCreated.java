package io.minicrm.domain.customer;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/** A customer was registered. */
@DomainEvent
public record CustomerCreated(Customer customer, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return customer.workspace();
    }
}

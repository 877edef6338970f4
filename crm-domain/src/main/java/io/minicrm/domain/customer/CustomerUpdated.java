package io.minicrm.domain.customer;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A customer's profile, e-mail or figures changed. */
@DomainEvent
public record CustomerUpdated(Customer customer, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return customer.workspace();
    }
}

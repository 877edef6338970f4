package io.minicrm.domain.order;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/** An order was recorded. */
@DomainEvent
public record OrderCreated(Order order, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return order.workspace();
    }
}

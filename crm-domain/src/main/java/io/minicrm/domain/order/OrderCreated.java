package io.minicrm.domain.order;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** An order was recorded. */
@DomainEvent
public record OrderCreated(Order order, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return order.workspace();
    }
}

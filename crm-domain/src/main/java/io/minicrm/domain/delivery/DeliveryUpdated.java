package io.minicrm.domain.delivery;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A delivery's status moved forward from {@code from} to the status the delivery now has. */
@DomainEvent
public record DeliveryUpdated(Delivery delivery, DeliveryStatus from, Instant occurredAt) implements CrmEvent {

    public DeliveryUpdated {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!from.canMoveTo(delivery.status())) {
            throw new IllegalArgumentException("a delivery cannot move from " + from + " to " + delivery.status());
        }
    }

    @Override
    public WorkspaceId workspace() {
        return delivery.workspace();
    }
}

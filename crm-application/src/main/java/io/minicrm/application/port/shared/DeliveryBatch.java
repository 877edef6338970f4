package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * One stored batch of a campaign's deliveries: how many the fan-out created (pending), how many receipts moved to each
 * status, and the campaign as it stood once the batch was counted. Dispatch announces itself once per batch and
 * campaign, so that a large campaign does not flood live views with one event per delivery.
 */
public record DeliveryBatch(
        Campaign campaign,
        long created,
        long movedToSent,
        long movedToDelivered,
        long movedToFailed,
        Instant occurredAt)
        implements CrmEvent {

    public DeliveryBatch {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (created < 0 || movedToSent < 0 || movedToDelivered < 0 || movedToFailed < 0) {
            throw new IllegalArgumentException("a batch counts deliveries, never fewer than none");
        }
    }

    /** Deliveries the fan-out created, all pending, and the campaign counting them. */
    public static DeliveryBatch created(Campaign counted, long deliveries, Instant occurredAt) {
        return new DeliveryBatch(counted, deliveries, 0, 0, 0, occurredAt);
    }

    /** The moves one batch of receipts made in one campaign, and the campaign counting them. */
    public static DeliveryBatch moved(Campaign counted, Collection<DeliveryUpdated> moves, Instant occurredAt) {
        return new DeliveryBatch(
                counted,
                0,
                movedTo(moves, DeliveryStatus.SENT),
                movedTo(moves, DeliveryStatus.DELIVERED),
                movedTo(moves, DeliveryStatus.FAILED),
                occurredAt);
    }

    private static long movedTo(Collection<DeliveryUpdated> moves, DeliveryStatus status) {
        return moves.stream().filter(move -> move.delivery().status() == status).count();
    }

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

package io.minicrm.domain.delivery;

/**
 * How far a message has got: waiting to be sent, handed to the vendor, confirmed delivered, or failed.
 * A status only ever moves forward; delivered and failed are final.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    DELIVERED,
    FAILED;

    /** A confirmation may overtake the sender's own report, so a pending delivery may become delivered directly. */
    public boolean canMoveTo(DeliveryStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case SENT -> next == DELIVERED || next == FAILED;
            case DELIVERED, FAILED -> false;
        };
    }

    /** How a delivery's move from one status to another changes the number of deliveries in this status: -1, 0 or +1. */
    public int countChange(DeliveryStatus from, DeliveryStatus to) {
        return (this == to ? 1 : 0) - (this == from ? 1 : 0);
    }
}

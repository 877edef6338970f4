package io.minicrm.domain.delivery;

/**
 * How far a message has got: waiting to be sent, handed to the vendor, confirmed delivered, or failed; or why none was
 * sent: the channel cannot reach the customer (skipped) or the customer is on the suppression list (suppressed).
 * A status only ever moves forward; delivered, failed, skipped and suppressed are final.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    DELIVERED,
    FAILED,
    SKIPPED,
    SUPPRESSED;

    /**
     * A confirmation may overtake the sender's own report, so a pending delivery may become delivered directly. A
     * delivery is skipped or suppressed when it is created, never later.
     */
    public boolean canMoveTo(DeliveryStatus next) {
        return switch (this) {
            case PENDING -> next == SENT || next == DELIVERED || next == FAILED;
            case SENT -> next == DELIVERED || next == FAILED;
            case DELIVERED, FAILED, SKIPPED, SUPPRESSED -> false;
        };
    }

    /** Whether a sender or vendor may report this status; skipped and suppressed are decided before any sending. */
    public boolean isReported() {
        return this == SENT || this == DELIVERED || this == FAILED;
    }

    /** How a delivery's move from one status to another changes the number of deliveries in this status: -1, 0 or +1. */
    public int countChange(DeliveryStatus from, DeliveryStatus to) {
        return (this == to ? 1 : 0) - (this == from ? 1 : 0);
    }
}

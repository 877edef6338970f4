package io.minicrm.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a sender or a vendor reports about one delivery: its new status, the vendor's id for it and why it failed. */
@ValueObject
public record Receipt(DeliveryId delivery, DeliveryStatus status, Optional<String> vendorId, Optional<String> reason,
                      Instant occurredAt) {

    public Receipt {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        vendorId = vendorId.map(String::strip).filter(id -> !id.isEmpty());
        reason = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (status == DeliveryStatus.PENDING) {
            throw new IllegalArgumentException("a receipt reports progress, never a pending delivery");
        }
    }
}

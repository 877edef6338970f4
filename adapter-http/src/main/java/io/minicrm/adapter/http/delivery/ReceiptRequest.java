package io.minicrm.adapter.http.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a vendor reports about one delivery: SENT, DELIVERED or FAILED, its own id for it, why it failed, and when. */
@Serdeable
public record ReceiptRequest(@Nullable String deliveryId, @Nullable String status, @Nullable String vendorId,
                             @Nullable String reason, @Nullable String occurredAt) {
}

package io.minicrm.adapter.http.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a vendor reports about one delivery: SENT, DELIVERED or FAILED, its own id for it, why it failed, and when. */
@Serdeable
public record ReceiptRequest(
        @Nullable String deliveryId,
        @Nullable String status,
        @Nullable @Schema(maxLength = Lengths.VENDOR_ID) String vendorId,

        @Nullable @Schema(maxLength = Lengths.FAILURE_REASON)
        String reason,

        @Nullable @Schema(description = "an ISO-8601 instant; " + DateLimits.RULE)
        String occurredAt) {}

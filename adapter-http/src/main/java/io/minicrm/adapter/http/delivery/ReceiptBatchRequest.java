package io.minicrm.adapter.http.delivery;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A vendor's callback: receipts for any number of deliveries, applied in the order given. */
@Serdeable
public record ReceiptBatchRequest(@Nullable List<ReceiptRequest> receipts) {
}

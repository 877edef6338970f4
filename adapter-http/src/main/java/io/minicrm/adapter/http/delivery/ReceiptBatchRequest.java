package io.minicrm.adapter.http.delivery;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.delivery.Receipt;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A vendor's callback: receipts for any number of deliveries, applied in the order given. */
@Serdeable
@Schema(example = """
        {"receipts":[{"deliveryId":"019ab4c2-9d3e-7f60-b102-4d5e6f708192:019ab4c2-7b1e-7c4d-9f00-2b3c4d5e6f70",
        "status":"DELIVERED","vendorId":"vendor-77a1","occurredAt":"2026-11-24T06:31:00Z"}]}""")
public record ReceiptBatchRequest(
        @Nullable @ArraySchema(maxItems = Receipt.MAX_BATCH) List<ReceiptRequest> receipts) {}

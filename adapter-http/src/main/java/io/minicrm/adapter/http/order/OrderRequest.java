package io.minicrm.adapter.http.order;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An order as a client records it: the currency defaults to the workspace's, {@code placedAt} (an ISO-8601 instant) to
 * now; items are priced in the order's currency, so an order with items names it. The original system's clients send
 * {@code externalId} for {@code externalRef} and {@code orderDate} for {@code placedAt}.
 */
@Serdeable
@Schema(example = """
        {"externalRef":"SHOP-10042","customerId":"019ab4c2-7b1e-7c4d-9f00-2b3c4d5e6f70","amount":2499.00,
        "currency":"INR","items":[{"name":"Kurta","quantity":1,"unitPrice":2499.00}],"placedAt":"2026-11-20T10:15:00Z"}""")
public record OrderRequest(
        @Nullable @Schema(maxLength = Lengths.EXTERNAL_REF) String externalRef,

        @Nullable
        @Schema(
                maxLength = Lengths.EXTERNAL_REF,
                description = "another name for externalRef, as the original "
                        + "system's clients send it; given with externalRef, both must be the same")
        String externalId,

        @Nullable String customerId,
        @Nullable @Schema(description = NumberLimits.RULE) BigDecimal amount,
        @Nullable String currency,
        @Nullable @ArraySchema(maxItems = Order.MAX_ITEMS) List<Item> items,

        @Nullable @Schema(description = "an ISO-8601 instant; " + DateLimits.RULE)
        String placedAt,

        @Nullable
        @Schema(
                description = "another name for placedAt, as the original system's clients send it; "
                        + "given with placedAt, both must be the same")
        String orderDate) {

    /** One line of the order: what was bought, how many, at what unit price. */
    @Serdeable
    public record Item(
            @Nullable @Schema(maxLength = Lengths.ITEM_NAME) String name,

            @Schema(minimum = "1", requiredMode = Schema.RequiredMode.REQUIRED)
            int quantity,

            @Nullable @Schema(description = NumberLimits.RULE)
            BigDecimal unitPrice) {}
}

package io.minicrm.adapter.http.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A recorded order; its items are priced in its currency. */
@Serdeable
public record OrderResponse(String id, @Nullable String externalRef, String customerId, BigDecimal amount, String currency,
                            List<Item> items, Instant placedAt) {

    /** One line of the order. */
    @Serdeable
    public record Item(String name, int quantity, BigDecimal unitPrice) {
    }
}

package io.minicrm.adapter.http.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A recorded order; its items are priced in its currency. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResponse(
        String id,
        @Nullable String externalRef,
        String customerId,
        BigDecimal amount,
        String currency,
        List<Item> items,
        Instant placedAt) {

    /** One line of the order. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String name, int quantity, BigDecimal unitPrice) {}
}

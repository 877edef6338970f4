package io.minicrm.adapter.http.order;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An order as a client records it: the currency defaults to the workspace's, {@code placedAt} (an ISO-8601 instant) to
 * now; items are priced in the order's currency, so an order with items names it.
 */
@Serdeable
public record OrderRequest(@Nullable String externalRef, @Nullable String customerId, @Nullable BigDecimal amount,
                           @Nullable String currency, @Nullable List<Item> items, @Nullable String placedAt) {

    /** One line of the order: what was bought, how many, at what unit price. */
    @Serdeable
    public record Item(@Nullable String name, int quantity, @Nullable BigDecimal unitPrice) {
    }
}

package io.minicrm.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.order.OrderItem;

/**
 * An order as a caller submits it. The currency defaults to the workspace's, the time to now; the customer is named
 * by id.
 */
public record OrderDraft(
        Optional<String> externalRef,
        String customerId,
        BigDecimal amount,
        Optional<String> currency,
        List<OrderItem> items,
        Optional<Instant> placedAt) {

    public OrderDraft {
        items = List.copyOf(items);
    }
}

package io.minicrm.application.port.out;

import java.math.BigDecimal;

/** How many orders a workspace has and what they add up to, in its currency. */
public record OrderTotals(long orders, BigDecimal revenue) {

    public static final OrderTotals NONE = new OrderTotals(0, BigDecimal.ZERO);

    /** The totals of one order of this amount. */
    public static OrderTotals ofOne(BigDecimal amount) {
        return new OrderTotals(1, amount);
    }

    public OrderTotals plus(OrderTotals other) {
        return new OrderTotals(orders + other.orders, revenue.add(other.revenue));
    }
}

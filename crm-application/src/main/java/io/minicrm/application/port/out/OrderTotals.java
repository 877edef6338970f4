package io.minicrm.application.port.out;

import java.math.BigDecimal;

/** How many orders a workspace has and what they add up to, in its currency. */
public record OrderTotals(long orders, BigDecimal revenue) {}

package io.minicrm.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** How many orders were placed on one day, in the workspace's time zone, and what they add up to in its currency. */
public record DailyFigure(LocalDate day, long orders, BigDecimal revenue) {

    public DailyFigure {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(revenue, "revenue");
    }
}

package io.minicrm.adapter.http.web.order;

import java.math.BigDecimal;
import java.math.MathContext;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.in.Dashboard;

/** The workspace's order figures as the orders page writes them: how many, their revenue and the average order. */
public record OrderTotals(String orders, String revenue, String averageOrder) {

    static OrderTotals of(Dashboard dashboard) {
        return new OrderTotals(
                Formats.count(dashboard.orders()),
                Formats.money(dashboard.revenue(), dashboard.currency()),
                dashboard.orders() == 0
                        ? "none yet"
                        : Formats.money(
                                dashboard
                                        .revenue()
                                        .divide(BigDecimal.valueOf(dashboard.orders()), MathContext.DECIMAL64),
                                dashboard.currency()));
    }
}

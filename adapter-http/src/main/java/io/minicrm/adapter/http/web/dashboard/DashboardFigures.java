package io.minicrm.adapter.http.web.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.domain.campaign.CampaignStatus;

/** The dashboard's figures as the page shows them: counts grouped, money and rates written out. */
public record DashboardFigures(
        String customers,
        String newThisWeek,
        String orders,
        String revenue,
        String successRate,
        List<Map.Entry<String, Long>> campaignsByStatus) {

    static DashboardFigures of(Dashboard dashboard) {
        return new DashboardFigures(
                Formats.count(dashboard.customers()),
                Formats.count(dashboard.newCustomersThisWeek()),
                Formats.count(dashboard.orders()),
                Formats.money(dashboard.revenue(), dashboard.currency()),
                dashboard.deliverySuccessRate().isPresent()
                        ? Formats.percent(dashboard.deliverySuccessRate().getAsDouble())
                        : "none settled yet",
                Arrays.stream(CampaignStatus.values())
                        .map(status -> Map.entry(
                                Formats.words(status.name()),
                                dashboard.campaignsByStatus().getOrDefault(status, 0L)))
                        .toList());
    }
}

package io.minicrm.adapter.http.web.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.application.port.in.CampaignOutcome;
import io.minicrm.application.port.in.DailyFigure;

/**
 * The dashboard's charts as the page shows them: a row per day and per campaign, each with its figures written out
 * and as plain numbers for the chart script, and a sentence that sums each chart up for those who cannot see it.
 */
public record DashboardCharts(List<Day> days, String daysSummary, List<Outcome> campaigns, String campaignsSummary) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** One day's orders and revenue. */
    public record Day(String label, long orders, String ordersText, String revenue, String revenueText) {}

    /** One campaign's deliveries by how they went. */
    public record Outcome(
            String name,
            String status,
            long delivered,
            long sent,
            long failed,
            String deliveredText,
            String sentText,
            String failedText) {}

    static DashboardCharts of(List<DailyFigure> figures, List<CampaignOutcome> outcomes, String currency) {
        List<Day> days = figures.stream()
                .map(day -> new Day(
                        DAY.format(day.day()),
                        day.orders(),
                        Formats.count(day.orders()),
                        day.revenue().toPlainString(),
                        Formats.money(day.revenue(), currency)))
                .toList();
        List<Outcome> campaigns = outcomes.stream()
                .map(outcome -> new Outcome(
                        outcome.name(),
                        Formats.words(outcome.status().name()),
                        outcome.counters().delivered(),
                        outcome.counters().sent(),
                        outcome.counters().failed(),
                        Formats.count(outcome.counters().delivered()),
                        Formats.count(outcome.counters().sent()),
                        Formats.count(outcome.counters().failed())))
                .toList();
        return new DashboardCharts(days, daysSummary(figures, currency), campaigns, campaignsSummary(campaigns));
    }

    private static String daysSummary(List<DailyFigure> days, String currency) {
        long orders = days.stream().mapToLong(DailyFigure::orders).sum();
        if (orders == 0) {
            return "No orders in the last " + days.size() + " days.";
        }
        BigDecimal revenue = days.stream().map(DailyFigure::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        DailyFigure busiest =
                days.stream().max(Comparator.comparing(DailyFigure::revenue)).orElseThrow();
        return Formats.money(revenue, currency) + " from " + orders(orders) + " in the last " + days.size()
                + " days; the best day was " + DAY.format(busiest.day()) + " with "
                + Formats.money(busiest.revenue(), currency) + " from " + orders(busiest.orders()) + ".";
    }

    private static String orders(long count) {
        return Formats.count(count) + (count == 1 ? " order" : " orders");
    }

    private static String campaignsSummary(List<Outcome> campaigns) {
        if (campaigns.isEmpty()) {
            return "No campaigns yet.";
        }
        return (campaigns.size() == 1 ? "The last campaign: " : "The last " + campaigns.size() + " campaigns: ")
                + Formats.count(campaigns.stream().mapToLong(Outcome::delivered).sum()) + " messages delivered, "
                + Formats.count(campaigns.stream().mapToLong(Outcome::sent).sum()) + " sent and awaiting a receipt, "
                + Formats.count(campaigns.stream().mapToLong(Outcome::failed).sum()) + " failed.";
    }
}

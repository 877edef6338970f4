package io.minicrm.application.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.CampaignOutcome;
import io.minicrm.application.port.in.DailyFigure;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.OrderTotals;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Sums a workspace up for its dashboard. The figures are cached for a minute at most and forgotten whenever the
 * workspace changes, so a reader never sees figures older than a change this node has heard of.
 */
public final class InsightService implements Insights {

    static final String DASHBOARD = "dashboard";
    private static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final CustomerStore customers;
    private final OrderStore orders;
    private final CampaignStore campaigns;
    private final DeliveryStore deliveries;
    private final ReadThrough cache;
    private final CrmSettings settings;

    public InsightService(
            CustomerStore customers,
            OrderStore orders,
            CampaignStore campaigns,
            DeliveryStore deliveries,
            Cache cache,
            CrmSettings settings) {
        this.customers = customers;
        this.orders = orders;
        this.campaigns = campaigns;
        this.deliveries = deliveries;
        this.cache = new ReadThrough(cache);
        this.settings = settings;
    }

    @Override
    public Mono<Dashboard> dashboard(WorkspaceId workspace) {
        return cache.read(workspace, DASHBOARD, Dashboard.class, KEPT_FOR, Mono.defer(() -> compute(workspace)));
    }

    @Override
    public Mono<List<DailyFigure>> recentDays(WorkspaceId workspace, int days) {
        if (days < 1 || days > MAX_DAYS) {
            return Mono.error(new IllegalArgumentException("days must be between 1 and " + MAX_DAYS));
        }
        ZoneId zone = settings.clock().getZone();
        LocalDate today = LocalDate.ofInstant(settings.clock().instant(), zone);
        LocalDate first = today.minusDays(days - 1L);
        return orders.totalsByDay(workspace, first, today, zone)
                .map(totals -> first.datesUntil(today.plusDays(1))
                        .map(day -> {
                            OrderTotals total = totals.getOrDefault(day, OrderTotals.NONE);
                            return new DailyFigure(day, total.orders(), total.revenue());
                        })
                        .toList());
    }

    @Override
    public Mono<List<CampaignOutcome>> lastCampaigns(WorkspaceId workspace, int count) {
        if (count < 1 || count > MAX_CAMPAIGNS) {
            return Mono.error(new IllegalArgumentException("count must be between 1 and " + MAX_CAMPAIGNS));
        }
        return campaigns
                .list(workspace, Optional.empty(), Optional.empty(), new PageRequest(0, count))
                .map(page -> page.items().stream()
                        .map(campaign -> new CampaignOutcome(
                                campaign.id(),
                                campaign.name(),
                                campaign.status(),
                                campaign.createdAt(),
                                campaign.counters()))
                        .toList());
    }

    private Mono<Dashboard> compute(WorkspaceId workspace) {
        return Mono.zip(
                        customers.count(workspace),
                        customers.countCreatedSince(workspace, startOfWeek()),
                        orders.totals(workspace),
                        campaigns.countByStatus(workspace),
                        deliveries.countByStatus(workspace))
                .map(figures -> new Dashboard(
                        figures.getT1(),
                        figures.getT2(),
                        figures.getT3().orders(),
                        figures.getT3().revenue(),
                        settings.currency().getCurrencyCode(),
                        figures.getT4(),
                        successRate(figures.getT5())));
    }

    /** Monday 00:00 of the current week in the clock's zone. */
    private Instant startOfWeek() {
        ZoneId zone = settings.clock().getZone();
        return LocalDate.ofInstant(settings.clock().instant(), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone)
                .toInstant();
    }

    private static OptionalDouble successRate(Map<DeliveryStatus, Long> byStatus) {
        long succeeded =
                byStatus.getOrDefault(DeliveryStatus.SENT, 0L) + byStatus.getOrDefault(DeliveryStatus.DELIVERED, 0L);
        long settled = succeeded + byStatus.getOrDefault(DeliveryStatus.FAILED, 0L);
        return settled == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) succeeded / settled);
    }
}

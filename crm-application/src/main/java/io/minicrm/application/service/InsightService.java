package io.minicrm.application.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.OptionalDouble;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.OrderStore;
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

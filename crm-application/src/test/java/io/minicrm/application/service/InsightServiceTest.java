package io.minicrm.application.service;

import static io.minicrm.application.service.Engine.A;
import static io.minicrm.application.service.Engine.B;
import static io.minicrm.application.service.Engine.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.minicrm.application.port.in.CampaignOutcome;
import io.minicrm.application.port.in.DailyFigure;
import io.minicrm.application.port.in.Dashboard;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.template.RenderedMessage;
import org.junit.jupiter.api.Test;

class InsightServiceTest {

    /** Monday 00:00 in Kolkata, where the week of {@link Engine#NOW} begins. */
    private static final Instant WEEK_START = Instant.parse("2026-11-22T18:30:00Z");

    private static final Map<CampaignStatus, Long> NO_CAMPAIGNS = Map.of(
            CampaignStatus.DRAFT,
            0L,
            CampaignStatus.QUEUED,
            0L,
            CampaignStatus.DISPATCHING,
            0L,
            CampaignStatus.COMPLETED,
            0L,
            CampaignStatus.CANCELLED,
            0L,
            CampaignStatus.FAILED,
            0L);

    private final Engine engine = new Engine();

    @Test
    void sums_up_customers_orders_and_campaigns() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());
        Customer ravi = engine.customer(A, "ravi@example.com", Optional.empty(), Optional.empty());
        engine.ordered(asha, "1200.50", NOW);
        engine.ordered(ravi, "300", NOW);
        Segment everyone = engine.defined(A, "all()");
        engine.drafted(A, "Draft", everyone);
        engine.campaigns.queue(A, engine.drafted(A, "Queued", everyone).id()).block();
        engine.campaigns
                .cancel(A, engine.drafted(A, "Cancelled", everyone).id())
                .block();

        assertThat(engine.insights.dashboard(A).block())
                .isEqualTo(new Dashboard(
                        2,
                        2,
                        2,
                        new BigDecimal("1500.5"),
                        "INR",
                        Map.of(
                                CampaignStatus.DRAFT,
                                1L,
                                CampaignStatus.QUEUED,
                                1L,
                                CampaignStatus.DISPATCHING,
                                0L,
                                CampaignStatus.COMPLETED,
                                0L,
                                CampaignStatus.CANCELLED,
                                1L,
                                CampaignStatus.FAILED,
                                0L),
                        OptionalDouble.empty()));
    }

    @Test
    void recent_days_give_each_day_up_to_today_in_the_clocks_zone_with_zero_for_days_without_orders() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());
        // Midnight in Kolkata is 18:30 UTC: the first order is on the 22nd there, the second on the 23rd.
        engine.ordered(asha, "100", Instant.parse("2026-11-22T18:29:59Z"));
        engine.ordered(asha, "40.50", Instant.parse("2026-11-22T18:30:00Z"));
        engine.ordered(asha, "9.50", NOW);
        engine.ordered(asha, "1000", Instant.parse("2026-11-20T12:00:00Z"));

        assertThat(engine.insights.recentDays(A, 3).block())
                .containsExactly(
                        new DailyFigure(LocalDate.parse("2026-11-22"), 1, new BigDecimal("100")),
                        new DailyFigure(LocalDate.parse("2026-11-23"), 1, new BigDecimal("40.5")),
                        new DailyFigure(LocalDate.parse("2026-11-24"), 1, new BigDecimal("9.5")));
        assertThat(engine.insights.recentDays(B, 2).block())
                .extracting(DailyFigure::orders)
                .containsExactly(0L, 0L);
    }

    @Test
    void last_campaigns_are_the_newest_first_with_their_counters() {
        Segment everyone = engine.defined(A, "all()");
        engine.drafted(A, "First", everyone);
        engine.clock.set(NOW.plusSeconds(60));
        engine.drafted(A, "Second", everyone);
        engine.clock.set(NOW.plusSeconds(120));
        engine.drafted(A, "Third", everyone);

        assertThat(engine.insights.lastCampaigns(A, 2).block())
                .extracting(CampaignOutcome::name, CampaignOutcome::status, CampaignOutcome::counters)
                .containsExactly(
                        tuple("Third", CampaignStatus.DRAFT, CampaignCounters.NONE),
                        tuple("Second", CampaignStatus.DRAFT, CampaignCounters.NONE));
        assertThat(engine.insights.lastCampaigns(B, 10).block()).isEmpty();
    }

    @Test
    void new_customers_this_week_are_those_since_monday_midnight_in_the_clocks_zone() {
        engine.clock.set(WEEK_START.minusSeconds(1));
        engine.customer(A, "sunday@example.com", Optional.empty(), Optional.empty());
        engine.clock.set(WEEK_START);
        engine.customer(A, "monday@example.com", Optional.empty(), Optional.empty());
        engine.clock.set(NOW);

        Dashboard dashboard = engine.insights.dashboard(A).block();

        assertThat(dashboard.customers()).isEqualTo(2);
        assertThat(dashboard.newCustomersThisWeek()).isEqualTo(1);
    }

    @Test
    void the_success_rate_is_the_share_of_settled_deliveries_that_did_not_fail() {
        Campaign campaign = engine.drafted(A, "Diwali", engine.defined(A, "all()"));
        List<Delivery> log = List.of(
                pending(campaign, "c-1"), pending(campaign, "c-2"), pending(campaign, "c-3"), pending(campaign, "c-4"));
        engine.deliveryStore.insertNew(log).blockLast();
        engine.deliveryStore
                .applyReceipts(
                        List.of(
                                receipt(log.get(0), DeliveryStatus.SENT),
                                receipt(log.get(1), DeliveryStatus.SENT),
                                receipt(log.get(1), DeliveryStatus.DELIVERED),
                                receipt(log.get(2), DeliveryStatus.FAILED)),
                        NOW)
                .blockLast();

        assertThat(engine.insights.dashboard(A).block().deliverySuccessRate()).isEqualTo(OptionalDouble.of(2.0 / 3));
    }

    @Test
    void figures_come_from_the_cache_until_the_workspace_is_evicted() {
        engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());
        assertThat(engine.insights.dashboard(A).block().customers()).isEqualTo(1);

        engine.customer(A, "ravi@example.com", Optional.empty(), Optional.empty());
        assertThat(engine.insights.dashboard(A).block().customers()).isEqualTo(1);

        engine.cache.evictAll(A).block();
        assertThat(engine.insights.dashboard(A).block().customers()).isEqualTo(2);
    }

    @Test
    void cached_figures_last_a_minute() {
        engine.insights.dashboard(A).block();
        engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());

        engine.clock.advance(Duration.ofSeconds(59));
        assertThat(engine.insights.dashboard(A).block().customers()).isZero();

        engine.clock.advance(Duration.ofSeconds(1));
        assertThat(engine.insights.dashboard(A).block().customers()).isEqualTo(1);
    }

    @Test
    void each_workspace_is_summed_up_apart() {
        Customer asha = engine.customer(A, "asha@example.com", Optional.empty(), Optional.empty());
        engine.ordered(asha, "99", NOW);
        engine.insights.dashboard(A).block();

        assertThat(engine.insights.dashboard(B).block())
                .isEqualTo(new Dashboard(0, 0, 0, BigDecimal.ZERO, "INR", NO_CAMPAIGNS, OptionalDouble.empty()));
    }

    private static Delivery pending(Campaign campaign, String customer) {
        return Delivery.pending(
                campaign.workspace(),
                campaign.id(),
                new CustomerId(customer),
                customer + "@example.com",
                new RenderedMessage(Optional.empty(), "Hi"),
                NOW);
    }

    private static Receipt receipt(Delivery delivery, DeliveryStatus status) {
        return new Receipt(delivery.id(), status, Optional.empty(), Optional.empty(), NOW);
    }
}

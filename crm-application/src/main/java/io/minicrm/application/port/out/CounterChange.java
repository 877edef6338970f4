package io.minicrm.application.port.out;

import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.delivery.DeliveryStatus;

/** What to add to a campaign's counters in one atomic step; figures may be negative (a delivery leaving pending). */
public record CounterChange(long audience, long pending, long sent, long delivered, long failed) {

    public static CounterChange audienceAdded(long count) {
        return new CounterChange(count, count, 0, 0, 0);
    }

    public static CounterChange moved(DeliveryStatus from, DeliveryStatus to) {
        return new CounterChange(
                0,
                DeliveryStatus.PENDING.countChange(from, to),
                DeliveryStatus.SENT.countChange(from, to),
                DeliveryStatus.DELIVERED.countChange(from, to),
                DeliveryStatus.FAILED.countChange(from, to));
    }

    public CounterChange plus(CounterChange other) {
        return new CounterChange(
                audience + other.audience,
                pending + other.pending,
                sent + other.sent,
                delivered + other.delivered,
                failed + other.failed);
    }

    /** Whether the counters can take this change: none of them would drop below zero. */
    public boolean fits(CampaignCounters counters) {
        return counters.audience() + audience >= 0
                && counters.pending() + pending >= 0
                && counters.sent() + sent >= 0
                && counters.delivered() + delivered >= 0
                && counters.failed() + failed >= 0;
    }

    /** The counters after this change; the domain checks they still add up. */
    public CampaignCounters applyTo(CampaignCounters counters) {
        return new CampaignCounters(
                counters.audience() + audience,
                counters.pending() + pending,
                counters.sent() + sent,
                counters.delivered() + delivered,
                counters.failed() + failed);
    }
}

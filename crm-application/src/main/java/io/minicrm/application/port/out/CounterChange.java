package io.minicrm.application.port.out;

import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.delivery.DeliveryStatus;

/** What to add to a campaign's counters in one atomic step; figures may be negative (a delivery leaving pending). */
public record CounterChange(
        long audience, long pending, long sent, long delivered, long failed, long skipped, long suppressed) {

    /** A change that skips and suppresses no one. */
    public CounterChange(long audience, long pending, long sent, long delivered, long failed) {
        this(audience, pending, sent, delivered, failed, 0, 0);
    }

    public static CounterChange audienceAdded(long count) {
        return created(count, 0, 0);
    }

    /** Deliveries just created: pending ones, and those never to be sent as the channel cannot reach or may not. */
    public static CounterChange created(long pending, long skipped, long suppressed) {
        return new CounterChange(pending + skipped + suppressed, pending, 0, 0, 0, skipped, suppressed);
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
                failed + other.failed,
                skipped + other.skipped,
                suppressed + other.suppressed);
    }

    /** Whether the counters can take this change: none of them would drop below zero. */
    public boolean fits(CampaignCounters counters) {
        return counters.audience() + audience >= 0
                && counters.pending() + pending >= 0
                && counters.sent() + sent >= 0
                && counters.delivered() + delivered >= 0
                && counters.failed() + failed >= 0
                && counters.skipped() + skipped >= 0
                && counters.suppressed() + suppressed >= 0;
    }

    /** The counters after this change; the domain checks they still add up. */
    public CampaignCounters applyTo(CampaignCounters counters) {
        return new CampaignCounters(
                counters.audience() + audience,
                counters.pending() + pending,
                counters.sent() + sent,
                counters.delivered() + delivered,
                counters.failed() + failed,
                counters.skipped() + skipped,
                counters.suppressed() + suppressed);
    }
}

package io.minicrm.application.port.out;

import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.delivery.DeliveryStatus;

/** What to add to a campaign's counters in one atomic step; figures may be negative (a delivery leaving pending). */
public record CounterChange(long audience, long pending, long sent, long delivered, long failed) {

    public static final CounterChange NONE = new CounterChange(0, 0, 0, 0, 0);

    public static CounterChange audienceAdded(long count) {
        return new CounterChange(count, count, 0, 0, 0);
    }

    public static CounterChange moved(DeliveryStatus from, DeliveryStatus to) {
        return NONE.plusMove(from, to);
    }

    public CounterChange plus(CounterChange other) {
        return new CounterChange(audience + other.audience, pending + other.pending, sent + other.sent,
                delivered + other.delivered, failed + other.failed);
    }

    public CounterChange plusMove(DeliveryStatus from, DeliveryStatus to) {
        return plus(new CounterChange(0, step(DeliveryStatus.PENDING, from, to), step(DeliveryStatus.SENT, from, to),
                step(DeliveryStatus.DELIVERED, from, to), step(DeliveryStatus.FAILED, from, to)));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The counters after this change; the domain checks they still add up. */
    public CampaignCounters applyTo(CampaignCounters counters) {
        return new CampaignCounters(counters.audience() + audience, counters.pending() + pending,
                counters.sent() + sent, counters.delivered() + delivered, counters.failed() + failed);
    }

    private static long step(DeliveryStatus counted, DeliveryStatus from, DeliveryStatus to) {
        return (counted == to ? 1 : 0) - (counted == from ? 1 : 0);
    }
}

package io.minicrm.domain.campaign;

import java.util.OptionalDouble;

import io.minicrm.domain.delivery.DeliveryStatus;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a campaign's deliveries stand right now: how many exist and how many are in each status, so that
 * {@code pending + sent + delivered + failed + skipped + suppressed == audience} always holds. Each change is an
 * increment ({@link #audienceAdded}, {@link #moved}), so a store can apply it as an atomic addition.
 *
 * @param audience   deliveries created: every customer the campaign's rule selected
 * @param pending    deliveries waiting to be sent
 * @param sent       deliveries handed to the vendor and not yet confirmed either way; one leaves this figure when it is
 *                   confirmed delivered or reported failed, so this is not a running total of messages sent
 * @param delivered  deliveries the vendor confirmed as delivered
 * @param failed     deliveries that could not be sent or that the vendor reported as failed
 * @param skipped    customers the channel cannot reach (no phone number for an SMS), never sent anything
 * @param suppressed customers on the workspace's suppression list for the channel, never sent anything
 */
@ValueObject
public record CampaignCounters(
        long audience, long pending, long sent, long delivered, long failed, long skipped, long suppressed) {

    public static final CampaignCounters NONE = new CampaignCounters(0, 0, 0, 0, 0);

    public CampaignCounters {
        if (audience < 0 || pending < 0 || sent < 0 || delivered < 0 || failed < 0 || skipped < 0 || suppressed < 0) {
            throw new IllegalArgumentException("counters cannot be negative: " + audience + "/" + pending + "/" + sent
                    + "/" + delivered + "/" + failed + "/" + skipped + "/" + suppressed);
        }
        if (pending + sent + delivered + failed + skipped + suppressed != audience) {
            throw new IllegalArgumentException("deliveries by status do not add up to the audience of " + audience);
        }
    }

    /** Counters of a campaign that skipped and suppressed no one. */
    public CampaignCounters(long audience, long pending, long sent, long delivered, long failed) {
        this(audience, pending, sent, delivered, failed, 0, 0);
    }

    /** New deliveries were created, each pending. */
    public CampaignCounters audienceAdded(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("an audience grows by a count of zero or more, not " + count);
        }
        return new CampaignCounters(audience + count, pending + count, sent, delivered, failed, skipped, suppressed);
    }

    /** One delivery moved forward from one status to another. */
    public CampaignCounters moved(DeliveryStatus from, DeliveryStatus to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalArgumentException("a delivery cannot move from " + from + " to " + to);
        }
        return new CampaignCounters(
                audience,
                pending + DeliveryStatus.PENDING.countChange(from, to),
                sent + DeliveryStatus.SENT.countChange(from, to),
                delivered + DeliveryStatus.DELIVERED.countChange(from, to),
                failed + DeliveryStatus.FAILED.countChange(from, to),
                skipped,
                suppressed);
    }

    /** Of the deliveries no longer pending, the share that has not failed (sent or delivered); empty while none has left. */
    public OptionalDouble successRate() {
        long settled = sent + delivered + failed;
        return settled == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (sent + delivered) / settled);
    }
}

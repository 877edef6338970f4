package io.minicrm.application.port.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.CrmEvent;

/** The small summary an event message carries: the ids and key fields a live view needs to refresh itself. */
final class LiveEventSummaries {

    private LiveEventSummaries() {}

    static Map<String, Object> summary(CrmEvent event) {
        return switch (event) {
            case CustomerCreated created -> customer(created.customer());
            case CustomerUpdated updated -> customer(updated.customer());
            case CustomerDeleted deleted ->
                inOrder("customerId", deleted.customer().value());
            case OrderCreated created -> order(created.order());
            case SegmentCreated created -> segment(created.segment());
            case SegmentUpdated updated -> segment(updated.segment());
            case SegmentDeleted deleted ->
                inOrder("segmentId", deleted.segment().value());
            case CampaignCreated created -> campaign(created.campaign());
            case CampaignScheduled scheduled -> scheduled(scheduled.campaign());
            case CampaignQueued queued -> campaign(queued.campaign());
            case CampaignDispatchStarted started -> campaign(started.campaign());
            case CampaignCancelled cancelled -> campaign(cancelled.campaign());
            case CampaignCompleted completed -> campaign(completed.campaign());
            case DeliveryBatch batch -> deliveries(batch);
            case ImportedBatch batch ->
                inOrder(
                        "kind",
                        batch.kind().name().toLowerCase(Locale.ROOT),
                        "customersCreated",
                        batch.customersCreated(),
                        "customersUpdated",
                        batch.customersUpdated(),
                        "ordersCreated",
                        batch.ordersCreated());
            // CrmEvent is open; an event of a kind no channel carries is never relayed.
            default -> Map.of();
        };
    }

    /** The summary with its keys in the order given, as its JSON shows them. */
    private static Map<String, Object> inOrder(Object... keysAndValues) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            summary.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return summary;
    }

    private static Map<String, Object> customer(Customer customer) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("customerId", customer.id().value());
        summary.put("email", customer.email().value());
        customer.profile().name().ifPresent(name -> summary.put("name", name));
        return summary;
    }

    private static Map<String, Object> order(Order order) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("orderId", order.id().value());
        order.externalRef().ifPresent(reference -> summary.put("externalRef", reference));
        summary.put("customerId", order.customer().value());
        summary.put("amount", order.amount().amount());
        summary.put("currency", order.amount().currency().getCurrencyCode());
        return summary;
    }

    private static Map<String, Object> segment(Segment segment) {
        return inOrder("segmentId", segment.id().value(), "name", segment.name());
    }

    private static Map<String, Object> campaign(Campaign campaign) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("campaignId", campaign.id().value());
        summary.put("name", campaign.name());
        summary.put("status", campaign.status().name());
        summary.put("audience", campaign.counters().audience());
        summary.put("pending", campaign.counters().pending());
        summary.put("sent", campaign.counters().sent());
        summary.put("delivered", campaign.counters().delivered());
        summary.put("failed", campaign.counters().failed());
        summary.put("skipped", campaign.counters().skipped());
        summary.put("suppressed", campaign.counters().suppressed());
        return summary;
    }

    private static Map<String, Object> scheduled(Campaign campaign) {
        Map<String, Object> summary = campaign(campaign);
        campaign.scheduledAt().ifPresent(at -> summary.put("scheduledAt", at.toString()));
        return summary;
    }

    /** What the batch created or moved, then the campaign's counters once it was counted. */
    private static Map<String, Object> deliveries(DeliveryBatch batch) {
        Map<String, Object> summary = inOrder(
                "campaignId",
                batch.campaign().id().value(),
                "created",
                batch.created(),
                "movedToSent",
                batch.movedToSent(),
                "movedToDelivered",
                batch.movedToDelivered(),
                "movedToFailed",
                batch.movedToFailed());
        summary.putAll(campaign(batch.campaign()));
        return summary;
    }
}

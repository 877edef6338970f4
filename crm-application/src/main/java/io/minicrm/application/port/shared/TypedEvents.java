package io.minicrm.application.port.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.shared.WorkspaceEvent.CampaignSummary;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/** Reads an event's summary, as {@link LiveEventSummaries} writes it, back into its typed form. */
final class TypedEvents {

    private TypedEvents() {}

    static WorkspaceEvent of(LiveEvent event) {
        WorkspaceId workspace = event.workspaceId();
        Instant at = event.at();
        Map<String, Object> data = event.data();
        return switch (event.channel()) {
            case CUSTOMER_CREATED ->
                new WorkspaceEvent.CustomerCreated(
                        workspace, at, customer(data), text(data, "email"), optional(data, "name"));
            case CUSTOMER_UPDATED ->
                new WorkspaceEvent.CustomerUpdated(
                        workspace, at, customer(data), text(data, "email"), optional(data, "name"));
            case CUSTOMER_DELETED -> new WorkspaceEvent.CustomerDeleted(workspace, at, customer(data));
            case ORDER_CREATED ->
                new WorkspaceEvent.OrderCreated(
                        workspace,
                        at,
                        new OrderId(text(data, "orderId")),
                        optional(data, "externalRef"),
                        customer(data),
                        new Money(number(data, "amount"), Currency.getInstance(text(data, "currency"))));
            case SEGMENT_CREATED -> new WorkspaceEvent.SegmentCreated(workspace, at, segment(data), text(data, "name"));
            case SEGMENT_UPDATED -> new WorkspaceEvent.SegmentUpdated(workspace, at, segment(data), text(data, "name"));
            case SEGMENT_DELETED -> new WorkspaceEvent.SegmentDeleted(workspace, at, segment(data));
            case CAMPAIGN_CREATED -> new WorkspaceEvent.CampaignCreated(workspace, at, campaign(data));
            case CAMPAIGN_SCHEDULED ->
                new WorkspaceEvent.CampaignScheduled(
                        workspace,
                        at,
                        campaign(data),
                        optional(data, "scheduledAt").map(Instant::parse));
            case CAMPAIGN_QUEUED -> new WorkspaceEvent.CampaignQueued(workspace, at, campaign(data));
            case CAMPAIGN_DISPATCHING -> new WorkspaceEvent.CampaignDispatching(workspace, at, campaign(data));
            case CAMPAIGN_CANCELLED -> new WorkspaceEvent.CampaignCancelled(workspace, at, campaign(data));
            case CAMPAIGN_COMPLETED -> new WorkspaceEvent.CampaignCompleted(workspace, at, campaign(data));
            case DELIVERY_UPDATED ->
                new WorkspaceEvent.DeliveriesUpdated(
                        workspace,
                        at,
                        campaign(data),
                        count(data, "created"),
                        count(data, "movedToSent"),
                        count(data, "movedToDelivered"),
                        count(data, "movedToFailed"));
            case IMPORT_BATCH ->
                new WorkspaceEvent.ImportBatch(
                        workspace,
                        at,
                        ImportKind.valueOf(text(data, "kind").toUpperCase(Locale.ROOT)),
                        count(data, "customersCreated"),
                        count(data, "customersUpdated"),
                        count(data, "ordersCreated"));
        };
    }

    private static CustomerId customer(Map<String, Object> data) {
        return new CustomerId(text(data, "customerId"));
    }

    private static SegmentId segment(Map<String, Object> data) {
        return new SegmentId(text(data, "segmentId"));
    }

    private static CampaignSummary campaign(Map<String, Object> data) {
        return new CampaignSummary(
                new CampaignId(text(data, "campaignId")),
                text(data, "name"),
                CampaignStatus.valueOf(text(data, "status")),
                new CampaignCounters(
                        count(data, "audience"),
                        count(data, "pending"),
                        count(data, "sent"),
                        count(data, "delivered"),
                        count(data, "failed"),
                        // Events written before these counters existed lack them.
                        optionalCount(data, "skipped"),
                        optionalCount(data, "suppressed")));
    }

    private static String text(Map<String, Object> data, String key) {
        return optional(data, key)
                .orElseThrow(() -> new IllegalArgumentException("data." + key + ": text is required"));
    }

    private static Optional<String> optional(Map<String, Object> data, String key) {
        return Optional.ofNullable(data.get(key)).map(String::valueOf);
    }

    private static BigDecimal number(Map<String, Object> data, String key) {
        if (data.get(key) instanceof BigDecimal number) {
            return number;
        }
        throw new IllegalArgumentException("data." + key + ": a number is required");
    }

    private static long optionalCount(Map<String, Object> data, String key) {
        return data.containsKey(key) ? count(data, key) : 0;
    }

    private static long count(Map<String, Object> data, String key) {
        return number(data, key).longValueExact();
    }
}

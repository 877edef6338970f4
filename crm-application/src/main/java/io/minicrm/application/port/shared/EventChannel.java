package io.minicrm.application.port.shared;

import java.util.Arrays;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignCancelled;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.campaign.CampaignScheduled;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerDeleted;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.CrmEvent;

/**
 * The channel each kind of event travels on, named as users of the original system know them ({@code customer:created},
 * {@code segmentRule:created}, …), with the changes that system did not announce named in the same style. Bulk work
 * travels as one summary per batch: {@code delivery:updated} and {@code import:batch}.
 */
public enum EventChannel {
    CUSTOMER_CREATED("customer:created", CustomerCreated.class),
    CUSTOMER_UPDATED("customer:updated", CustomerUpdated.class),
    CUSTOMER_DELETED("customer:deleted", CustomerDeleted.class),
    ORDER_CREATED("order:created", OrderCreated.class),
    SEGMENT_CREATED("segmentRule:created", SegmentCreated.class),
    SEGMENT_UPDATED("segmentRule:updated", SegmentUpdated.class),
    SEGMENT_DELETED("segmentRule:deleted", SegmentDeleted.class),
    CAMPAIGN_CREATED("campaign:created", CampaignCreated.class),
    CAMPAIGN_SCHEDULED("campaign:scheduled", CampaignScheduled.class),
    CAMPAIGN_QUEUED("campaign:queued", CampaignQueued.class),
    CAMPAIGN_DISPATCHING("campaign:dispatching", CampaignDispatchStarted.class),
    CAMPAIGN_CANCELLED("campaign:cancelled", CampaignCancelled.class),
    CAMPAIGN_COMPLETED("campaign:completed", CampaignCompleted.class),
    DELIVERY_UPDATED("delivery:updated", DeliveryBatch.class),
    IMPORT_BATCH("import:batch", ImportedBatch.class);

    private final String channelName;
    private final Class<? extends CrmEvent> eventType;

    EventChannel(String channelName, Class<? extends CrmEvent> eventType) {
        this.channelName = channelName;
        this.eventType = eventType;
    }

    public String channelName() {
        return channelName;
    }

    /** Empty for an event of a kind no channel carries. */
    public static Optional<EventChannel> of(CrmEvent event) {
        return Arrays.stream(values())
                .filter(channel -> channel.eventType == event.getClass())
                .findFirst();
    }

    public static Optional<EventChannel> named(String channelName) {
        return Arrays.stream(values())
                .filter(channel -> channel.channelName.equals(channelName))
                .findFirst();
    }
}

package io.minicrm.application.port.shared;

import java.util.Arrays;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCreated;
import io.minicrm.domain.campaign.CampaignQueued;
import io.minicrm.domain.customer.CustomerCreated;
import io.minicrm.domain.customer.CustomerUpdated;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.order.OrderCreated;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.shared.CrmEvent;

/** The channel each kind of domain event travels on, named as users of the original system know them. */
public enum EventChannel {
    CUSTOMER_CREATED("customer:created", CustomerCreated.class),
    CUSTOMER_UPDATED("customer:updated", CustomerUpdated.class),
    ORDER_CREATED("order:created", OrderCreated.class),
    SEGMENT_CREATED("segmentRule:created", SegmentCreated.class),
    CAMPAIGN_CREATED("campaign:created", CampaignCreated.class),
    CAMPAIGN_QUEUED("campaign:queued", CampaignQueued.class),
    CAMPAIGN_COMPLETED("campaign:completed", CampaignCompleted.class),
    DELIVERY_UPDATED("delivery:updated", DeliveryUpdated.class),
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
        return Arrays.stream(values()).filter(channel -> channel.eventType == event.getClass()).findFirst();
    }

    public static Optional<EventChannel> named(String channelName) {
        return Arrays.stream(values()).filter(channel -> channel.channelName.equals(channelName)).findFirst();
    }
}

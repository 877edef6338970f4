package io.minicrm.application.pipeline;

import java.util.Objects;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.application.port.out.SuppressionStore;

/** The driven ports the campaign pipeline works through. */
public record PipelinePorts(
        CampaignStore campaigns,
        DeliveryStore deliveries,
        CustomerStore customers,
        DispatchQueue queue,
        MessageChannel channel,
        EventPublisher events,
        SuppressionStore suppressions) {

    public PipelinePorts {
        Objects.requireNonNull(campaigns, "campaigns");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(suppressions, "suppressions");
    }
}

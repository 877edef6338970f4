package io.minicrm.adapter.kafka;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.pipeline.PipelinePorts;
import io.minicrm.application.pipeline.Sender;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;

/**
 * A sender in a JVM of its own, for the test that kills one: it joins the sender group of the test's topics, holds a
 * copy of the campaign's pending deliveries as the dispatcher stores them, and sends through the test's
 * {@link HttpVendor}. It reports receipts only in batches too large to fill before it is killed, so every request it
 * takes is sent and never reported nor committed.
 *
 * <p>Arguments: bootstrap servers, the topics' name, their partitions, the vendor's address, the campaign's id and
 * how many customers the rig has.
 */
final class SenderProcess {

    private static final PipelineSettings NEVER_REPORTING = new PipelineSettings(
            500, 1, 1, 64, 3, Duration.ofMillis(20), 1_000_000, Duration.ofHours(1), Duration.ofSeconds(30));

    private SenderProcess() {}

    public static void main(String[] args) throws InterruptedException {
        KafkaQueueSettings settings = Brokers.named(args[0], args[1], Integer.parseInt(args[2]));
        CrmSettings crm = KafkaPipelineRig.CRM;
        Instant now = crm.clock().instant();
        Campaign dispatching =
                KafkaPipelineRig.queued(crm, args[4], now).startDispatch(now).get();
        InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
        campaigns.insert(dispatching).block();
        InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
        deliveries
                .insertNew(IntStream.range(0, Integer.parseInt(args[5]))
                        .mapToObj(number -> {
                            Customer customer = KafkaPipelineRig.customer(crm, number, now);
                            return Delivery.pending(
                                    customer.workspace(),
                                    dispatching.id(),
                                    customer.id(),
                                    customer.email().value(),
                                    dispatching.messageFor(customer, crm.clock().getZone()),
                                    now);
                        })
                        .toList())
                .blockLast();
        KafkaDispatchQueue queue = KafkaDispatchQueue.start(settings);
        new Sender(
                        new PipelinePorts(
                                campaigns,
                                deliveries,
                                new InMemoryCustomerStore(),
                                queue,
                                new HttpVendorChannel(URI.create(args[3])),
                                new InMemoryEventBus(),
                                new InMemorySuppressionStore()),
                        crm,
                        NEVER_REPORTING)
                .start();
        // Until killed.
        new CountDownLatch(1).await();
    }
}

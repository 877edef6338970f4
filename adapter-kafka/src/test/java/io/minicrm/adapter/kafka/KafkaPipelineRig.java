package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.contract.Eventually;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.pipeline.CampaignPipeline;
import io.minicrm.application.pipeline.Dispatcher;
import io.minicrm.application.pipeline.PipelinePorts;
import io.minicrm.application.pipeline.ReceiptWriter;
import io.minicrm.application.pipeline.Sender;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.MessageChannel;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import reactor.core.Disposable;

/**
 * Pipeline steps as separate nodes on the shared broker: each step has a queue of its own (its own producer and
 * consumers, as another process would), over shared in-memory stores and a seeded simulated vendor, on topics no other
 * test uses. Steps can be stopped one by one, as a crash would stop them.
 */
final class KafkaPipelineRig implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final PipelineSettings SETTINGS = new PipelineSettings(
            500, 2, 1, 64, 3, Duration.ofMillis(20), 500, Duration.ofMillis(50), Duration.ofSeconds(30));

    static final CrmSettings CRM = new CrmSettings(
            Currency.getInstance("INR"), FieldCatalogue.standard(), Clock.systemUTC(), IdGenerator.TIME_ORDERED);

    final CrmSettings crm = CRM;
    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemoryEventBus events = new InMemoryEventBus();
    final SimulatedVendor vendor;
    final KafkaQueueSettings queueSettings = Brokers.freshTopics(4);
    private final List<KafkaDispatchQueue> queues = new ArrayList<>();
    private final List<Disposable> steps = new ArrayList<>();
    private final int recipients;

    KafkaPipelineRig(int recipients) {
        this(recipients, Duration.ZERO);
    }

    /** A rig whose vendor takes {@code latency} to answer each message. */
    KafkaPipelineRig(int recipients, Duration latency) {
        this.recipients = recipients;
        this.vendor = new SimulatedVendor(new SimulatedVendor.Settings(20261124L, 0.1, 0, latency), crm.clock());
        Instant now = crm.clock().instant();
        for (int first = 0; first < recipients; first += 5_000) {
            customers
                    .saveAll(IntStream.range(first, Math.min(recipients, first + 5_000))
                            .mapToObj(number -> customer(crm, number, now))
                            .toList())
                    .block(PATIENCE);
        }
    }

    /** A node's own queue on the rig's topics. */
    KafkaDispatchQueue node() {
        KafkaDispatchQueue queue = KafkaDispatchQueue.start(queueSettings);
        queues.add(queue);
        return queue;
    }

    PipelinePorts ports(KafkaDispatchQueue queue, MessageChannel channel, DeliveryStore store) {
        return new PipelinePorts(campaigns, store, customers, queue, channel, events, new InMemorySuppressionStore());
    }

    Disposable dispatcher() {
        return step(new Dispatcher(ports(node(), vendor, deliveries), crm, SETTINGS).start());
    }

    Disposable sender(MessageChannel channel) {
        return sender(channel, deliveries);
    }

    /** A sender whose deliveries go to the given store. */
    Disposable sender(MessageChannel channel, DeliveryStore store) {
        return step(new Sender(ports(node(), channel, store), crm, SETTINGS).start());
    }

    Disposable receiptWriter(DeliveryStore store) {
        return step(new ReceiptWriter(ports(node(), vendor, store), crm, SETTINGS).start());
    }

    /** A receipt writer whose counters go to the given store. */
    Disposable receiptWriter(CampaignStore counters) {
        return step(new ReceiptWriter(
                        new PipelinePorts(
                                counters,
                                deliveries,
                                customers,
                                node(),
                                vendor,
                                events,
                                new InMemorySuppressionStore()),
                        crm,
                        SETTINGS)
                .start());
    }

    /** A whole node's pipeline, which checks every {@code checkEvery} for campaigns to request again, recount or complete. */
    void pipeline(Duration checkEvery) {
        CampaignPipeline pipeline = new CampaignPipeline(
                ports(node(), vendor, deliveries),
                crm,
                new PipelineSettings(
                        SETTINGS.dispatchBatch(),
                        SETTINGS.dispatchConcurrency(),
                        SETTINGS.senders(),
                        SETTINGS.sendConcurrency(),
                        SETTINGS.sendTries(),
                        SETTINGS.retryBackoff(),
                        SETTINGS.receiptBatch(),
                        SETTINGS.receiptWindow(),
                        checkEvery));
        step(pipeline::close);
        pipeline.start().block(PATIENCE);
    }

    /** Returns once {@code count} senders share the delivery topic's partitions. */
    void awaitSenders(int count) {
        ConsumerGroups.awaitAssigned(
                queueSettings, "sender", queueSettings.topics().delivery(), count);
    }

    private Disposable step(Disposable running) {
        steps.add(running);
        return running;
    }

    /** A campaign to every customer, queued as the campaigns use case queues it: stored, then its dispatch requested. */
    Campaign requested(String id) {
        Campaign queued =
                campaigns.insert(queued(crm, id, crm.clock().instant())).block(PATIENCE);
        node().requestDispatch(new DispatchRequest(queued.workspace(), queued.id()))
                .block(PATIENCE);
        return queued;
    }

    /** The rig's customer of that number; any JVM builds the same one. */
    static Customer customer(CrmSettings crm, int number, Instant now) {
        return Customer.register(
                WorkspaceId.DEFAULT,
                new CustomerId("c%06d".formatted(number)),
                new Email("c%06d@example.com".formatted(number)),
                Profile.EMPTY,
                crm.currency(),
                now);
    }

    /** The rig's campaign of that id to every customer, queued; any JVM builds the same one. */
    static Campaign queued(CrmSettings crm, String id, Instant now) {
        NewCampaign request = new NewCampaign(
                "Sale " + id,
                new SegmentId("everyone"),
                Channel.EMAIL,
                Optional.of("Sale"),
                "Hi {{first_name|friend}}",
                Map.of());
        return Campaign.draft(WorkspaceId.DEFAULT, new CampaignId(id), request, crm.catalogue(), "asha", now)
                .flatMap(draft -> draft.queue(Rule.all(), now))
                .get();
    }

    Campaign current(Campaign campaign) {
        return campaigns.findById(campaign.workspace(), campaign.id()).block(PATIENCE);
    }

    Campaign completed(Campaign campaign) {
        eventually(() -> current(campaign).status() == CampaignStatus.COMPLETED);
        return current(campaign);
    }

    /** Each customer got exactly one delivery and, if sent, one message; the counters agree with the store and the vendor. */
    void assertEachRecipientOnceAndExactCounters(Campaign campaign) {
        Campaign settled = current(campaign);
        assertThat(settled.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(settled.counters()).isEqualTo(recount(campaign));
        assertThat(settled.counters().audience()).isEqualTo(recipients);
        assertThat(settled.counters().pending()).isZero();
        assertThat(vendor.ledger()).hasSize(recipients);
        Map<String, Long> messages = vendor.messagesPerRecipient();
        assertThat(messages.values()).containsOnly(1L);
        assertThat(messages.keySet())
                .isEqualTo(deliveries(campaign, DeliveryStatus.SENT).stream()
                        .map(Delivery::recipient)
                        .collect(Collectors.toSet()));
        assertThat(settled.counters().sent() + settled.counters().failed()).isEqualTo(recipients);
    }

    CampaignCounters recount(Campaign campaign) {
        long pending = deliveries(campaign, DeliveryStatus.PENDING).size();
        long sent = deliveries(campaign, DeliveryStatus.SENT).size();
        long delivered = deliveries(campaign, DeliveryStatus.DELIVERED).size();
        long failed = deliveries(campaign, DeliveryStatus.FAILED).size();
        return new CampaignCounters(pending + sent + delivered + failed, pending, sent, delivered, failed);
    }

    List<Delivery> deliveries(Campaign campaign, DeliveryStatus status) {
        return deliveries
                .findByStatus(campaign.workspace(), campaign.id(), status)
                .collectList()
                .block(PATIENCE);
    }

    /** Records written to the topic so far, as its partitions' end offsets add up (the queue writes no transactions). */
    long recordsOn(String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, queueSettings.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> ends = IntStream.range(0, queueSettings.partitions())
                    .boxed()
                    .collect(Collectors.toMap(
                            partition -> new TopicPartition(topic, partition), partition -> OffsetSpec.latest()));
            return admin.listOffsets(ends).all().get(PATIENCE.toSeconds(), TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
                    .sum();
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("could not read the end offsets of " + topic, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the end offsets of " + topic, interrupted);
        }
    }

    static void eventually(BooleanSupplier condition) {
        Eventually.until(PATIENCE, condition);
    }

    @Override
    public void close() {
        steps.forEach(Disposable::dispose);
        queues.forEach(KafkaDispatchQueue::close);
    }
}

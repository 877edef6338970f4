package io.minicrm.adapter.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.contract.Eventually;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.pipeline.CampaignPipeline;
import io.minicrm.application.pipeline.MillionRecipientCampaign;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A campaign to a million customers through one node's pipeline on one Kafka broker (dispatcher, two senders and the
 * receipt writer over one queue whose consumers already share their topics, the simulated vendor answering at once,
 * in-memory stores), from its queueing to COMPLETED; beside it, in the same run and on the same broker, Kafka's own
 * clients moving a million records of a delivery request's size, the producer with the queue's settings: produced,
 * consumed, and relayed over the pipeline's two hops (request, then receipt) with nothing else to do. Each operation
 * is one whole run of a million: the score is seconds per million. Every run has topics of its own, created before
 * its clock starts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
// The broker runs as in production, with the JIT's every tier and G1, not with the tests' quick-start settings.
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-Xmx4g",
            "-D" + KafkaBroker.JVM_OPTIONS + "=-Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20"
        })
// A campaign run is still getting faster after two: the JIT is still at work on the pipeline and the clients.
@Warmup(iterations = 4)
@Measurement(iterations = 4)
public class KafkaPipelineBenchmark {

    private static final int PARTITIONS = 6;
    private static final int RECORDS = MillionRecipientCampaign.RECIPIENTS;
    private static final CampaignId CAMPAIGN = new CampaignId(UUID.randomUUID().toString());
    private static final CustomerId CUSTOMER = new CustomerId("c0999999");
    private static final DeliveryId DELIVERY = DeliveryId.of(CAMPAIGN, CUSTOMER);
    private static final byte[] REQUEST =
            RecordFormat.deliveryRequest(new DeliveryRequest(WorkspaceId.DEFAULT, DELIVERY, CUSTOMER));
    private static final Receipt RECEIPT = new Receipt(
            DELIVERY, DeliveryStatus.SENT, Optional.of("sim-3w5e11264sgsg"), Optional.empty(), Instant.now());

    /** A node's pipeline on topics of its own, started, each role's consumers owning their topic's partitions. */
    @State(Scope.Benchmark)
    public static class RunningPipeline {

        final MillionRecipientCampaign campaign = new MillionRecipientCampaign();
        InMemoryCampaignStore campaigns;
        KafkaQueueSettings topics;
        KafkaDispatchQueue queue;
        CampaignPipeline pipeline;

        @Setup(Level.Trial)
        public void registerCustomers() {
            campaign.registerCustomers();
        }

        @Setup(Level.Iteration)
        public void start() {
            topics = Brokers.freshTopics(PARTITIONS);
            queue = KafkaDispatchQueue.start(topics);
            campaigns = new InMemoryCampaignStore();
            pipeline = campaign.pipeline(campaigns, queue);
            pipeline.start().block();
            ConsumerGroups.awaitAssigned(topics, "dispatcher", topics.topics().dispatch(), 1);
            ConsumerGroups.awaitAssigned(
                    topics, "sender", topics.topics().delivery(), PipelineSettings.DEFAULT.senders());
            ConsumerGroups.awaitAssigned(
                    topics, "receipt-writer", topics.topics().receipts(), 1);
        }

        @TearDown(Level.Iteration)
        public void stop() {
            pipeline.close();
            queue.close();
            RawClients.delete(topics);
        }
    }

    /** The pipeline's topics, created and empty. */
    @State(Scope.Benchmark)
    public static class EmptyTopics {

        KafkaQueueSettings topics;

        @Setup(Level.Iteration)
        public void create() {
            topics = Brokers.freshTopics(PARTITIONS);
            KafkaDispatchQueue.start(topics).close();
        }

        @TearDown(Level.Iteration)
        public void delete() {
            RawClients.delete(topics);
        }
    }

    /** A delivery topic holding a million requests, filled once and read again by every run. */
    @State(Scope.Benchmark)
    public static class FilledTopic {

        KafkaQueueSettings topics;

        @Setup(Level.Trial)
        public void fill() {
            topics = Brokers.freshTopics(PARTITIONS);
            KafkaDispatchQueue.start(topics).close();
            RawClients.produce(topics, RECORDS, REQUEST);
        }

        @TearDown(Level.Trial)
        public void delete() {
            RawClients.delete(topics);
        }
    }

    /** Empty topics with a relay reading the delivery topic and a reader of the receipts topic waiting on them. */
    @State(Scope.Benchmark)
    public static class RunningRelay {

        final EmptyTopics empty = new EmptyTopics();
        RawClients.Relay relay;

        @Setup(Level.Iteration)
        public void start() {
            empty.create();
            relay = new RawClients.Relay(empty.topics, CAMPAIGN.value().getBytes(StandardCharsets.UTF_8), RECEIPT);
        }

        @TearDown(Level.Iteration)
        public void stop() {
            relay.close();
            empty.delete();
        }
    }

    @Benchmark
    public Campaign campaignToAMillionFromQueueToCompleted(RunningPipeline running) {
        return running.campaign.queueAndAwaitCompletion(running.campaigns, running.queue);
    }

    /** A million records of a delivery request's size through one producer with the queue's settings. */
    @Benchmark
    public void rawProduceAMillion(EmptyTopics empty) {
        RawClients.produce(empty.topics, RECORDS, REQUEST);
    }

    /** A million records of a delivery request's size read from the start of every partition by one consumer. */
    @Benchmark
    public long rawConsumeAMillion(FilledTopic filled) {
        try (KafkaConsumer<byte[], byte[]> consumer = RawClients.reader(
                filled.topics, filled.topics.topics().delivery(), filled.topics.groupPrefix() + ".raw-consume")) {
            return RawClients.consume(consumer, RECORDS);
        }
    }

    /**
     * A million requests produced while a relay answers each batch it reads with one record of as many receipts, until
     * the last receipt is read back: the Kafka traffic of a campaign's deliveries, without the pipeline.
     */
    @Benchmark
    public long rawRelayAMillion(RunningRelay running) {
        RawClients.produce(running.empty.topics, RECORDS, REQUEST);
        Eventually.until(Duration.ofMinutes(5), () -> running.relay.answered() >= RECORDS);
        return running.relay.answered();
    }
}

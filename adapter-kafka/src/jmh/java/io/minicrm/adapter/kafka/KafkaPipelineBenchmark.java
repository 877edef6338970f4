package io.minicrm.adapter.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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

import io.minicrm.application.CrmSettings;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryDeliveryStore;
import io.minicrm.application.inmemory.InMemoryEventBus;
import io.minicrm.application.inmemory.SimulatedVendor;
import io.minicrm.application.pipeline.CampaignPipeline;
import io.minicrm.application.pipeline.PipelinePorts;
import io.minicrm.application.pipeline.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A campaign to a million customers through the pipeline on one Kafka broker (dispatcher, two senders and the receipt
 * writer over one queue, the simulated vendor answering at once, in-memory stores), from its dispatch request to
 * COMPLETED; beside it, in the same run and on the same broker, the raw throughput of a producer and of a consumer with
 * the queue's settings moving a million records of a delivery request's size, as Kafka's own perf-test tools measure.
 * Each operation is one whole run of a million: the score is seconds per million.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class KafkaPipelineBenchmark {

    static final int RECIPIENTS = 1_000_000;
    private static final int PARTITIONS = 6;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final CrmSettings settings = new CrmSettings(Currency.getInstance("INR"), FieldCatalogue.standard(),
            Clock.systemUTC(), IdGenerator.TIME_ORDERED);
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final byte[] request = RecordFormat.deliveryRequest(new DeliveryRequest(WorkspaceId.DEFAULT,
            DeliveryId.of(new CampaignId(UUID.randomUUID().toString()), new CustomerId("c0999999")), new CustomerId("c0999999")));
    private KafkaQueueSettings filled;

    @Setup(Level.Trial)
    public void registerCustomersAndFillATopic() {
        Instant now = settings.clock().instant();
        for (int first = 0; first < RECIPIENTS; first += 10_000) {
            List<Customer> batch = new ArrayList<>(10_000);
            for (int number = first; number < first + 10_000; number++) {
                batch.add(Customer.register(WorkspaceId.DEFAULT, new CustomerId("c%07d".formatted(number)),
                        new Email("c%07d@example.com".formatted(number)), new Profile(Optional.of("Customer" + number + " Shah"),
                                Optional.empty(), Optional.of("Pune"), Set.of(), Map.of()), settings.currency(), now));
            }
            customers.saveAll(batch).block();
        }
        filled = Brokers.freshTopics(PARTITIONS);
        KafkaDispatchQueue.start(filled).close();
        produce(filled.topics().delivery());
    }

    @Benchmark
    public Campaign campaignToAMillionFromQueueToCompleted() {
        KafkaQueueSettings topics = Brokers.freshTopics(PARTITIONS);
        InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
        try (KafkaDispatchQueue queue = KafkaDispatchQueue.start(topics);
             CampaignPipeline pipeline = new CampaignPipeline(new PipelinePorts(campaigns, new InMemoryDeliveryStore(), customers,
                     queue, new SimulatedVendor(new SimulatedVendor.Settings(42, 0.1, 0, Duration.ZERO), settings.clock()),
                     new InMemoryEventBus()), settings, PipelineSettings.DEFAULT)) {
            pipeline.start().block();
            Campaign queued = queued(campaigns);
            queue.requestDispatch(new DispatchRequest(queued.workspace(), queued.id())).block();
            return completed(campaigns, queued);
        } finally {
            delete(topics);
        }
    }

    /** A million records of a delivery request's size through one producer with the queue's settings. */
    @Benchmark
    public void rawProduceAMillion() {
        KafkaQueueSettings topics = Brokers.freshTopics(PARTITIONS);
        KafkaDispatchQueue.start(topics).close();
        try {
            produce(topics.topics().delivery());
        } finally {
            delete(topics);
        }
    }

    /** A million records of a delivery request's size read from the start of every partition by one consumer. */
    @Benchmark
    public long rawConsumeAMillion() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, filled.bootstrapServers());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(filled.topics().delivery()).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long stored = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            if (stored != RECIPIENTS) {
                throw new IllegalStateException("the filled topic holds " + stored + " records, not " + RECIPIENTS);
            }
            while (read < RECIPIENTS) {
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
        }
        return read;
    }

    @TearDown(Level.Trial)
    public void removeTheFilledTopic() {
        delete(filled);
    }

    /** Sends with the queue's producer settings and waits until the broker has every record. */
    private void produce(String topic) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            for (int number = 0; number < RECIPIENTS; number++) {
                producer.send(new ProducerRecord<>(topic, ("default\u0000c%07d".formatted(number)).getBytes(), request));
            }
            producer.flush();
        }
    }

    private static void delete(KafkaQueueSettings topics) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            KafkaTopics names = topics.topics();
            admin.deleteTopics(List.of(names.dispatch(), names.delivery(), names.receipts(), names.deadLetters())).all()
                    .get(1, TimeUnit.MINUTES);
        } catch (Exception notDeleted) {
            throw new IllegalStateException("could not delete the benchmark's topics", notDeleted);
        }
    }

    private Campaign queued(InMemoryCampaignStore campaigns) {
        Instant now = settings.clock().instant();
        NewCampaign request = new NewCampaign("Everyone", new SegmentId("everyone"), Channel.EMAIL, Optional.of("News for {{city}}"),
                "Hi {{first_name|there}}, thank you.", Map.of());
        return campaigns.insert(Campaign.draft(WorkspaceId.DEFAULT, new CampaignId(settings.ids().next()), request,
                        settings.catalogue(), "bench", now)
                .flatMap(draft -> draft.queue(Rule.all(), now))
                .getOrElseThrow(problem -> new IllegalStateException(problem.message()))).block();
    }

    private static Campaign completed(InMemoryCampaignStore campaigns, Campaign queued) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Campaign current = queued;
        while (current.status() != CampaignStatus.COMPLETED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("campaign not completed after " + PATIENCE + ": " + current);
            }
            LockSupport.parkNanos(1_000_000);
            current = campaigns.findById(queued.workspace(), queued.id()).block();
        }
        if (current.counters().audience() != RECIPIENTS || current.counters().pending() != 0) {
            throw new IllegalStateException("expected " + RECIPIENTS + " settled deliveries, counted " + current.counters());
        }
        return current;
    }
}

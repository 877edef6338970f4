package io.minicrm.adapter.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The pipeline's queue on Apache Kafka: dispatch requests keyed by campaign, delivery requests keyed by customer (so a
 * customer's stay in order on one partition), receipts keyed by campaign (a sender's report batch in one record per
 * campaign), and a compacted dead-letter topic keyed by delivery. One long-lived idempotent producer
 * ({@code acks=all}) writes them all; each consumer is a member of its role's group ({@code <prefix>.dispatcher},
 * {@code .sender}, {@code .receipt-writer}), so the instances of a role share the partitions, and commits an offset
 * only once everything the records up to it carry is acknowledged. A record that cannot be
 * read is set aside on the dead-letter topic with the reason and does not hold up its partition.
 */
public final class KafkaDispatchQueue implements DispatchQueue, AutoCloseable {

    private static final Duration CREATING_TOPICS = Duration.ofSeconds(30);
    private static final Duration CLOSING = Duration.ofSeconds(10);
    // Far below the 1 MiB a broker takes by default, whatever the receipts' reasons hold.
    private static final int RECEIPTS_RECORD_BYTES = 256 * 1024;
    private static final int RECORDS_PER_POLL = 500;
    // A receipts record carries up to a report batch: a few of them at a time keep what is out near maxInFlight.
    private static final int RECEIPT_RECORDS_PER_POLL = 8;

    private final KafkaQueueSettings settings;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;
    private final DeadLetterView deadLetters;
    private final Set<ConsumerLoop> loops = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger consumers = new AtomicInteger();
    // Sends may block while the producer's buffer is full or the brokers' addresses are unknown.
    private final Scheduler sending = Schedulers.boundedElastic();

    private KafkaDispatchQueue(KafkaQueueSettings settings) {
        this.settings = settings;
        this.admin = Admin.create(admin(settings));
        this.producer = new KafkaProducer<>(producer(settings, instance));
        this.deadLetters =
                new DeadLetterView(consumer(settings), settings.topics().deadLetters(), settings.pollTimeout());
    }

    /** Connects, creates the topics that are missing, and starts following the dead letters. */
    public static KafkaDispatchQueue start(KafkaQueueSettings settings) {
        KafkaDispatchQueue queue = new KafkaDispatchQueue(settings);
        try {
            KafkaTopicSetup.ensure(queue.admin, settings, CREATING_TOPICS);
        } catch (RuntimeException unreachable) {
            queue.close();
            throw unreachable;
        }
        queue.run(queue.deadLetters, "kafka-dead-letters");
        return queue;
    }

    @Override
    public Mono<Void> requestDispatch(DispatchRequest request) {
        return send(List.of(new ProducerRecord<>(
                        settings.topics().dispatch(),
                        key(request.campaign().value()),
                        RecordFormat.dispatchRequest(request))))
                .timeout(settings.dispatchTimeout());
    }

    @Override
    public Mono<Void> requestDeliveries(List<DeliveryRequest> requests) {
        return send(requests.stream().map(this::record).toList());
    }

    /** One record per campaign, split in halves while larger than {@value #RECEIPTS_RECORD_BYTES} bytes. */
    @Override
    public Mono<Void> reportReceipts(List<Receipt> receipts) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        receipts.stream()
                .collect(Collectors.groupingBy(KafkaDispatchQueue::campaignOf, LinkedHashMap::new, Collectors.toList()))
                .forEach((campaign, ofCampaign) -> addReceipts(records, key(campaign), ofCampaign));
        return send(records);
    }

    @Override
    public Flux<Work<DispatchRequest>> dispatchRequests() {
        return consume(
                settings.topics().dispatch(),
                "dispatcher",
                RECORDS_PER_POLL,
                value -> List.of(RecordFormat.dispatchRequest(value)));
    }

    @Override
    public Flux<Work<DeliveryRequest>> deliveryRequests() {
        return consume(
                settings.topics().delivery(),
                "sender",
                RECORDS_PER_POLL,
                value -> List.of(RecordFormat.deliveryRequest(value)));
    }

    @Override
    public Flux<Work<Receipt>> receipts() {
        return consume(
                settings.topics().receipts(), "receipt-writer", RECEIPT_RECORDS_PER_POLL, RecordFormat::receipts);
    }

    @Override
    public Mono<Void> setAside(List<DeadLetter> letters) {
        return send(letters.stream()
                .map(letter -> new ProducerRecord<>(
                        settings.topics().deadLetters(),
                        key(letter.request().delivery().value()),
                        RecordFormat.deadLetter(letter)))
                .toList());
    }

    @Override
    public Flux<DeadLetter> deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return deadLetters.of(workspace, campaign);
    }

    /**
     * Tombstones first, then the requests and the receipts: a letter set aside again meanwhile is newer than the
     * tombstone and stays. A crash between the two leaves the deliveries pending, and the pipeline asks for those again
     * when it starts.
     */
    @Override
    public Mono<Long> redrive(WorkspaceId workspace, CampaignId campaign) {
        return deadLetters
                .of(workspace, campaign)
                .collectList()
                .flatMap(letters -> send(letters.stream()
                                .map(letter -> new ProducerRecord<>(
                                        settings.topics().deadLetters(),
                                        key(letter.request().delivery().value()),
                                        (byte[]) null))
                                .toList())
                        .then(send(letters.stream()
                                .filter(letter -> letter.receipt().isEmpty())
                                .map(letter -> record(letter.request()))
                                .toList()))
                        .then(reportReceipts(letters.stream()
                                .flatMap(letter -> letter.receipt().stream())
                                .toList()))
                        .thenReturn((long) letters.size()));
    }

    /** Records that could not be read and were set aside on the dead-letter topic, as far as this node has read it. */
    public long unreadableSetAside() {
        return deadLetters.unreadable();
    }

    /** The cluster's id and its brokers; an error when it does not answer within the time given. */
    public Mono<KafkaCluster> cluster(Duration patience) {
        DescribeClusterResult cluster =
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) patience.toMillis()));
        return Mono.fromFuture(cluster.clusterId().toCompletionStage().toCompletableFuture())
                .zipWith(Mono.fromFuture(cluster.nodes().toCompletionStage().toCompletableFuture()))
                .map(answer -> new KafkaCluster(answer.getT1(), answer.getT2().size(), settings.bootstrapServers()));
    }

    /** Stops every consumer (each commits what was acknowledged), then the producer and the admin client. */
    @Override
    public void close() {
        loops.forEach(ConsumerLoop::stop);
        for (Thread thread : threads) {
            try {
                thread.join(CLOSING.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(CLOSING);
        admin.close(CLOSING);
    }

    private ProducerRecord<byte[], byte[]> record(DeliveryRequest request) {
        return new ProducerRecord<>(
                settings.topics().delivery(),
                key(request.workspace().value() + '\u0000' + request.customer().value()),
                RecordFormat.deliveryRequest(request));
    }

    private void addReceipts(List<ProducerRecord<byte[], byte[]>> records, byte[] campaign, List<Receipt> receipts) {
        byte[] value = RecordFormat.receipts(receipts);
        if (value.length > RECEIPTS_RECORD_BYTES && receipts.size() > 1) {
            int half = receipts.size() / 2;
            addReceipts(records, campaign, receipts.subList(0, half));
            addReceipts(records, campaign, receipts.subList(half, receipts.size()));
        } else {
            records.add(new ProducerRecord<>(settings.topics().receipts(), campaign, value));
        }
    }

    /** A delivery id begins with its campaign's id up to the first colon (colons inside ids are escaped). */
    private static String campaignOf(Receipt receipt) {
        String delivery = receipt.delivery().value();
        int colon = delivery.indexOf(':');
        return colon < 0 ? delivery : delivery.substring(0, colon);
    }

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** Completes once the brokers have every record; fails with the first record they refused. */
    private Mono<Void> send(List<ProducerRecord<byte[], byte[]>> records) {
        if (records.isEmpty()) {
            return Mono.empty();
        }
        return Mono.<Void>create(sink -> {
                    AtomicInteger unconfirmed = new AtomicInteger(records.size());
                    for (ProducerRecord<byte[], byte[]> record : records) {
                        producer.send(record, (stored, failure) -> {
                            if (failure != null) {
                                sink.error(failure);
                            } else if (unconfirmed.decrementAndGet() == 0) {
                                sink.success();
                            }
                        });
                    }
                })
                .subscribeOn(sending)
                // Not on the producer's own thread, which must stay free to send.
                .publishOn(Schedulers.parallel());
    }

    private <T> Flux<Work<T>> consume(String topic, String role, int recordsPerPoll, Function<byte[], List<T>> read) {
        return Flux.<Work<T>>create(
                sink -> {
                    Properties member = member(settings, settings.groupPrefix() + "." + role);
                    member.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, recordsPerPoll);
                    KafkaConsumption<T> consumption = new KafkaConsumption<>(
                            member,
                            topic,
                            read,
                            this::setAsideUnreadable,
                            settings.maxInFlight(),
                            settings.pollTimeout(),
                            sink);
                    sink.onDispose(() -> {
                        consumption.stop();
                        loops.remove(consumption);
                    });
                    run(consumption, "kafka-" + role + "-" + consumers.incrementAndGet());
                },
                FluxSink.OverflowStrategy.BUFFER);
    }

    private void run(ConsumerLoop loop, String name) {
        loops.add(loop);
        Thread thread = Thread.ofPlatform().daemon().name(name + "-" + instance).unstarted(() -> {
            try {
                loop.run();
            } finally {
                threads.remove(Thread.currentThread());
            }
        });
        threads.add(thread);
        thread.start();
    }

    private Mono<Void> setAsideUnreadable(ConsumerRecord<byte[], byte[]> record, String reason) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        return send(List.of(new ProducerRecord<>(
                settings.topics().deadLetters(),
                key("unreadable:" + where),
                RecordFormat.unreadable(record.topic(), record.partition(), record.offset(), reason, record.value()))));
    }

    private static Properties admin(KafkaQueueSettings settings) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        return config;
    }

    /** The settings of the queue's producer; its benchmark compares the queue with a bare producer of the same. */
    static Properties producer(KafkaQueueSettings settings, String instance) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.groupPrefix() + "-producer-" + instance);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TimeUnit.MINUTES.toMillis(2));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    /** A consumer outside any group, which assigns itself partitions and commits nothing. */
    static Properties consumer(KafkaQueueSettings settings) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, RECORDS_PER_POLL);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** A member of {@code group}, on the consumer group protocol whose rebalances move only the partitions that change hands. */
    private static Properties member(KafkaQueueSettings settings, String group) {
        Properties config = consumer(settings);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        return config;
    }
}

package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.domain.delivery.Receipt;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Kafka's own clients with nothing around them, as its perf-test tools use them: a producer with the queue's settings,
 * consumers reading whole topics, and a relay that answers the records it reads on a second topic as a sender answers
 * requests with receipts.
 */
final class RawClients {

    private static final Duration POLL = Duration.ofMillis(100);
    // A commit that fails (the group's coordinator is still being found at first) is made good by the next one.
    private static final OffsetCommitCallback CARRIED_BY_THE_NEXT = (offsets, failure) -> {};

    private RawClients() {}

    /**
     * Sends {@code count} records to the delivery topic, keyed by customer as the queue keys delivery requests, with
     * the queue's producer settings; returns once the broker has them all.
     */
    static void produce(KafkaQueueSettings settings, int count, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(KafkaDispatchQueue.producer(settings, "raw"))) {
            for (int number = 0; number < count; number++) {
                producer.send(new ProducerRecord<>(
                        settings.topics().delivery(), ("default\u0000c%07d".formatted(number)).getBytes(), value));
            }
            producer.flush();
        }
    }

    /**
     * A consumer with the queue's settings that assigns itself every partition of the topic from its start, as the
     * perf-test tool does, and commits under {@code group}.
     */
    static KafkaConsumer<byte[], byte[]> reader(KafkaQueueSettings settings, String topic, String group) {
        Properties config = KafkaDispatchQueue.consumer(settings);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Reads {@code count} records and returns how many it read. */
    static long consume(KafkaConsumer<byte[], byte[]> consumer, long count) {
        long read = 0;
        while (read < count) {
            read += consumer.poll(POLL).count();
        }
        return read;
    }

    static void delete(KafkaQueueSettings settings) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            KafkaTopics names = settings.topics();
            admin.deleteTopics(List.of(names.dispatch(), names.delivery(), names.receipts(), names.deadLetters()))
                    .all()
                    .get(1, TimeUnit.MINUTES);
        } catch (Exception notDeleted) {
            throw new IllegalStateException("could not delete the benchmark's topics", notDeleted);
        }
    }

    /**
     * The pipeline's two hops with nothing but the clients: each batch of records read from the delivery topic is
     * answered with one record on the receipts topic carrying a receipt for each, as a sender reports a batch; the
     * requests are committed once the broker has the answer, and the answers are read, their receipts counted, and
     * committed by a second consumer, each on a thread of its own until stopped.
     */
    static final class Relay implements AutoCloseable {

        private final KafkaQueueSettings settings;
        private final byte[] campaign;
        private final Receipt receipt;
        private final KafkaConsumer<byte[], byte[]> requests;
        private final KafkaConsumer<byte[], byte[]> receipts;
        private final KafkaProducer<byte[], byte[]> producer;
        private final AtomicLong answered = new AtomicLong();
        private final Thread relaying = Thread.ofPlatform().name("raw-relay").unstarted(this::relay);
        private final Thread reading = Thread.ofPlatform().name("raw-receipts").unstarted(this::read);
        private volatile boolean running = true;

        /** Answers are keyed by {@code campaign}, as the queue keys receipts. */
        Relay(KafkaQueueSettings settings, byte[] campaign, Receipt receipt) {
            this.settings = settings;
            this.campaign = campaign;
            this.receipt = receipt;
            requests = reader(settings, settings.topics().delivery(), settings.groupPrefix() + ".raw-relay");
            receipts = reader(settings, settings.topics().receipts(), settings.groupPrefix() + ".raw-receipts");
            producer = new KafkaProducer<>(KafkaDispatchQueue.producer(settings, "raw-relay"));
            relaying.start();
            reading.start();
        }

        /** Receipts read back from the receipts topic so far. */
        long answered() {
            return answered.get();
        }

        private void relay() {
            try {
                while (running) {
                    ConsumerRecords<byte[], byte[]> batch = requests.poll(POLL);
                    if (batch.isEmpty()) {
                        continue;
                    }
                    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                    for (ConsumerRecord<byte[], byte[]> record : batch) {
                        done.put(
                                new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    producer.send(new ProducerRecord<>(
                            settings.topics().receipts(),
                            campaign,
                            RecordFormat.receipts(Collections.nCopies(batch.count(), receipt))));
                    producer.flush();
                    requests.commitAsync(done, CARRIED_BY_THE_NEXT);
                }
            } catch (WakeupException stopping) {
                // close() was called.
            }
        }

        private void read() {
            try {
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> answer : receipts.poll(POLL)) {
                        answered.addAndGet(RecordFormat.receipts(answer.value()).size());
                    }
                    receipts.commitAsync(CARRIED_BY_THE_NEXT);
                }
            } catch (WakeupException stopping) {
                // close() was called.
            }
        }

        @Override
        public void close() {
            running = false;
            requests.wakeup();
            receipts.wakeup();
            try {
                relaying.join();
                reading.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            requests.close();
            receipts.close();
            producer.close();
        }
    }
}

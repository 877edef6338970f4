package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline's queue reaches Kafka and paces its consumers.
 *
 * @param bootstrapServers  {@code host:port,...} of the brokers
 * @param topics            the topic names
 * @param groupPrefix       consumer groups are {@code <prefix>.dispatcher}, {@code .sender} and {@code .receipt-writer}
 * @param partitions        partitions of each topic created at start; senders scale out to as many
 * @param replication       replicas of each topic created at start (at most the number of brokers)
 * @param maxInFlight       items (requests, receipts) one consumer hands out and has not seen acknowledged, at most; it
 *                          stops fetching beyond
 * @param pollTimeout       the longest a consumer waits for records before it looks at acknowledgements again
 * @param dispatchTimeout   the longest a campaign's dispatch request waits for the brokers; past it the campaign stays
 *                          queued and the pipeline asks again later
 */
public record KafkaQueueSettings(
        String bootstrapServers,
        KafkaTopics topics,
        String groupPrefix,
        int partitions,
        short replication,
        int maxInFlight,
        Duration pollTimeout,
        Duration dispatchTimeout) {

    public KafkaQueueSettings {
        Objects.requireNonNull(topics, "topics");
        if (Objects.requireNonNull(bootstrapServers, "bootstrapServers").isBlank()) {
            throw new IllegalArgumentException("name at least one broker as host:port");
        }
        if (Objects.requireNonNull(groupPrefix, "groupPrefix").isBlank()) {
            throw new IllegalArgumentException("the consumer group prefix cannot be blank");
        }
        if (partitions < 1 || replication < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("partitions, replication and in-flight records are at least 1");
        }
        if (!pollTimeout.isPositive() || !dispatchTimeout.isPositive()) {
            throw new IllegalArgumentException("the poll and dispatch timeouts must be positive");
        }
    }

    /** The default topics, group prefix {@code mini-crm}, 12 partitions with one replica, 2,000 records in flight. */
    public static KafkaQueueSettings of(String bootstrapServers) {
        return new KafkaQueueSettings(
                bootstrapServers,
                KafkaTopics.DEFAULT,
                "mini-crm",
                12,
                (short) 1,
                2_000,
                Duration.ofMillis(50),
                Duration.ofSeconds(5));
    }

    public KafkaQueueSettings withTopics(KafkaTopics names, String group) {
        return new KafkaQueueSettings(
                bootstrapServers, names, group, partitions, replication, maxInFlight, pollTimeout, dispatchTimeout);
    }

    public KafkaQueueSettings withPartitions(int count, short replicas) {
        return new KafkaQueueSettings(
                bootstrapServers, topics, groupPrefix, count, replicas, maxInFlight, pollTimeout, dispatchTimeout);
    }
}

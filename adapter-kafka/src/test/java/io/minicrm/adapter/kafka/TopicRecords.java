package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** A topic's records read from its beginning by a consumer outside any group, for tests to find one by its value. */
final class TopicRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicRecords() {}

    /** Where a record is: its partition and offset. */
    record Position(TopicPartition partition, long offset) {}

    /** The first record of the topic, partition by partition as they come, whose value is the one wanted. */
    static Position find(KafkaQueueSettings settings, String topic, Predicate<byte[]> wanted) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaDispatchQueue.consumer(settings))) {
            List<TopicPartition> partitions = IntStream.range(0, settings.partitions())
                    .mapToObj(partition -> new TopicPartition(topic, partition))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record.value())) {
                        return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
                    }
                }
            }
            throw new AssertionError("no such record on " + topic + " after " + PATIENCE);
        }
    }
}

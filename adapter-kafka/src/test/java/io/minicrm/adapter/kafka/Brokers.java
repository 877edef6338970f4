package io.minicrm.adapter.kafka;

import java.util.concurrent.atomic.AtomicInteger;

/** Queue settings on the shared test broker with topics and groups of their own, so that no two tests meet. */
final class Brokers {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Brokers() {}

    static KafkaQueueSettings freshTopics(int partitions) {
        return named(
                KafkaBroker.shared().bootstrapServers(),
                "t" + NEXT.incrementAndGet() + "-" + ProcessHandle.current().pid(),
                partitions);
    }

    /** The settings whose topics and groups begin with {@code name}, as another JVM finds them. */
    static KafkaQueueSettings named(String bootstrapServers, String name, int partitions) {
        return KafkaQueueSettings.of(bootstrapServers)
                .withTopics(
                        new KafkaTopics(
                                name + ".dispatch", name + ".delivery", name + ".status", name + ".dead-letters"),
                        name)
                .withPartitions(partitions, (short) 1);
    }
}

package io.minicrm.adapter.kafka;

import java.util.concurrent.atomic.AtomicInteger;

/** Queue settings on the shared test broker with topics and groups of their own, so that no two tests meet. */
final class Brokers {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Brokers() {
    }

    static KafkaQueueSettings freshTopics(int partitions) {
        String name = "t" + NEXT.incrementAndGet() + "-" + ProcessHandle.current().pid();
        return KafkaQueueSettings.of(KafkaBroker.shared().bootstrapServers())
                .withTopics(new KafkaTopics(name + ".dispatch", name + ".delivery", name + ".status", name + ".dead-letters"), name)
                .withPartitions(partitions, (short) 1);
    }
}

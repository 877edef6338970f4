package io.minicrm.bootstrap;

import java.util.Locale;
import java.util.Set;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.kafka.KafkaDispatchQueue;
import io.minicrm.adapter.kafka.KafkaQueueSettings;
import io.minicrm.adapter.kafka.KafkaTopics;
import io.minicrm.application.inmemory.InMemoryDispatchQueue;
import io.minicrm.application.port.out.DispatchQueue;
import jakarta.inject.Singleton;

/** Builds the campaign pipeline's queue that {@code CRM_QUEUE} names: in memory, or on Apache Kafka. */
@Factory
class QueueFactory {

    @Singleton
    DispatchQueue dispatchQueue(@Value("${crm.queue}") String queue, BeanProvider<KafkaDispatchQueue> kafka) {
        AdapterChoice.require("CRM_QUEUE", queue, Set.of("memory", "kafka"));
        return switch (queue.strip().toLowerCase(Locale.ROOT)) {
            case "kafka" -> kafka.get();
            default -> new InMemoryDispatchQueue();
        };
    }

    /** Connects and creates the topics that are missing; the start fails, naming the brokers, when they do not answer. */
    @Singleton
    @Bean(preDestroy = "close")
    KafkaDispatchQueue kafkaDispatchQueue(@Value("${crm.kafka.bootstrap-servers}") String servers,
                                          @Value("${crm.kafka.topics.dispatch}") String dispatch,
                                          @Value("${crm.kafka.topics.delivery}") String delivery,
                                          @Value("${crm.kafka.topics.status}") String status,
                                          @Value("${crm.kafka.topics.dead-letters}") String deadLetters,
                                          @Value("${crm.kafka.group-prefix}") String groupPrefix,
                                          @Value("${crm.kafka.partitions}") int partitions,
                                          @Value("${crm.kafka.replication}") short replication) {
        return KafkaDispatchQueue.start(KafkaQueueSettings.of(servers)
                .withTopics(new KafkaTopics(dispatch, delivery, status, deadLetters), groupPrefix)
                .withPartitions(partitions, replication));
    }
}

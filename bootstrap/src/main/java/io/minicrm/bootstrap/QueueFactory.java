package io.minicrm.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
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
    DispatchQueue dispatchQueue(AdapterChoices chosen, BeanProvider<KafkaDispatchQueue> kafka) {
        return chosen.is(AdapterChoice.QUEUE, "kafka") ? kafka.get() : new InMemoryDispatchQueue();
    }

    /** Connects and creates the topics that are missing; the start fails, naming the brokers, when they do not answer. */
    @Singleton
    @Requires(condition = KafkaChosen.class)
    @Bean(preDestroy = "close")
    KafkaDispatchQueue kafkaDispatchQueue(
            @Value("${crm.kafka.bootstrap-servers}") String servers,
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

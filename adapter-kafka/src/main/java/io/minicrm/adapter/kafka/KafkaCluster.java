package io.minicrm.adapter.kafka;

/** The Kafka cluster as the queue sees it: its id and how many brokers answer. */
public record KafkaCluster(String id, int brokers, String bootstrapServers) {}

package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaUnreadableRecordTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_with_the_reason_and_the_records_behind_it_are_handed_out() {
        KafkaQueueSettings settings = Brokers.freshTopics(1);
        CustomerId asha = new CustomerId("asha");
        DeliveryRequest behind =
                new DeliveryRequest(WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId("sale"), asha), asha);
        byte[] garbage = "{not: the format}".getBytes(StandardCharsets.UTF_8);
        try (KafkaDispatchQueue queue = KafkaDispatchQueue.start(settings);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producer(settings))) {
            producer.send(new ProducerRecord<>(settings.topics().delivery(), 0, null, garbage));
            producer.send(
                    new ProducerRecord<>(settings.topics().delivery(), 0, null, RecordFormat.deliveryRequest(behind)));
            producer.flush();

            DeliveryRequest handedOut = queue.deliveryRequests()
                    .concatMap(work -> work.acknowledge().thenReturn(work.payload()))
                    .next()
                    .block(PATIENCE);

            assertThat(handedOut).isEqualTo(behind);
            KafkaPipelineRig.eventually(() -> queue.unreadableSetAside() == 1);
            assertThat(RecordFormat.unreadable(
                            settings.topics().delivery(),
                            0,
                            0,
                            "format version 123 is not known; this reader knows 1",
                            garbage))
                    .isEqualTo(deadLetterTopic(settings).value());
        }
    }

    private static ConsumerRecord<byte[], byte[]> deadLetterTopic(KafkaQueueSettings settings) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(settings.topics().deadLetters(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            return consumer.poll(PATIENCE).iterator().next();
        }
    }

    private static Properties producer(KafkaQueueSettings settings) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}

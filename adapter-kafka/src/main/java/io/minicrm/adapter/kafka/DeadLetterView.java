package io.minicrm.adapter.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Flux;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * The dead-letter topic read from its beginning and kept up to date, on a thread of its own: the letters not re-driven,
 * by delivery (the topic is compacted by delivery id and a re-drive writes a tombstone), and how many unreadable
 * records were set aside. Every node holds the whole view; dead letters are meant to be few.
 */
final class DeadLetterView extends ConsumerLoop {

    private static final Logger LOG = Loggers.getLogger(DeadLetterView.class);

    private final Duration pollTimeout;
    private final Map<DeliveryId, DeadLetter> letters = new ConcurrentHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();

    DeadLetterView(Properties config, String topic, Duration pollTimeout) {
        super(config, topic);
        this.pollTimeout = pollTimeout;
    }

    Flux<DeadLetter> of(WorkspaceId workspace, CampaignId campaign) {
        return Flux.defer(() ->
                Flux.fromStream(letters.values().stream().filter(letter -> letter.belongsTo(workspace, campaign))));
    }

    long unreadable() {
        return unreadable.get();
    }

    @Override
    protected void consume(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        while (running()) {
            consumer.poll(pollTimeout).forEach(this::apply);
        }
    }

    /** Read again from the start by the next consumer. */
    @Override
    protected void forget() {
        letters.clear();
        unreadable.set(0);
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            letters.remove(new DeliveryId(new String(record.key(), StandardCharsets.UTF_8)));
            return;
        }
        try {
            RecordFormat.deadLetter(record.value())
                    .ifPresentOrElse(
                            letter -> letters.put(letter.request().delivery(), letter), unreadable::incrementAndGet);
        } catch (RuntimeException unknown) {
            LOG.warn(
                    "Dead letter {}-{}@{} cannot be read: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    unknown.getMessage());
        }
    }
}

package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics that do not exist yet, with the configured partitions and replicas; the dead-letter
 * topic is compacted, as a re-driven letter is replaced by a tombstone. Topics that exist are left as they are.
 */
final class KafkaTopicSetup {

    private KafkaTopicSetup() {
    }

    static void ensure(Admin admin, KafkaQueueSettings settings, Duration patience) {
        KafkaTopics topics = settings.topics();
        try {
            Set<String> existing = admin.listTopics().names().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = List.of(
                            topic(settings, topics.dispatch(), Map.of()),
                            topic(settings, topics.delivery(), Map.of()),
                            topic(settings, topics.receipts(), Map.of()),
                            topic(settings, topics.deadLetters(),
                                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                    .stream().filter(topic -> !existing.contains(topic.name())).toList();
            for (var created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(patience.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException failed) {
                    // Another node created it meanwhile.
                    if (!(failed.getCause() instanceof TopicExistsException)) {
                        throw failed;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("the Kafka topics " + topics + " could not be checked or created at "
                    + settings.bootstrapServers() + " within " + patience, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the Kafka topics", interrupted);
        }
    }

    private static NewTopic topic(KafkaQueueSettings settings, String name, Map<String, String> config) {
        return new NewTopic(name, settings.partitions(), settings.replication()).configs(config);
    }
}

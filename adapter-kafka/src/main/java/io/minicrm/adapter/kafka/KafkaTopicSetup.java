package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics that do not exist yet, with the configured partitions and replicas; the dead-letter
 * topic is compacted, as a re-driven letter is replaced by a tombstone. Topics that exist are left as they are.
 *
 * <p>It returns only once the leader of every partition answers. A topic is created when the controller says so, a
 * moment before its partitions' leaders take them up, and an idempotent producer writing in that moment can have its
 * first request refused while the next is taken: up to Kafka 4.4 the first is then refused as out of order until the
 * producer's delivery timeout (KAFKA-15591), which stalls a partition for two minutes.
 */
final class KafkaTopicSetup {

    private static final Duration ASKING_AGAIN = Duration.ofMillis(50);

    private KafkaTopicSetup() {}

    static void ensure(Admin admin, KafkaQueueSettings settings, Duration patience) {
        KafkaTopics topics = settings.topics();
        try {
            Set<String> existing = admin.listTopics().names().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = List.of(
                            topic(settings, topics.dispatch(), Map.of()),
                            topic(settings, topics.delivery(), Map.of()),
                            topic(settings, topics.receipts(), Map.of()),
                            topic(
                                    settings,
                                    topics.deadLetters(),
                                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                    .stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
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
            awaitLeaders(admin, topics, patience);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException(
                    "the Kafka topics " + topics + " could not be checked or created at " + settings.bootstrapServers()
                            + " within " + patience,
                    failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the Kafka topics", interrupted);
        }
    }

    /** Asks every partition's leader for its latest offset until each one answers, or the patience runs out. */
    private static void awaitLeaders(Admin admin, KafkaTopics topics, Duration patience)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                admin.listOffsets(latestOfEveryPartition(admin, topics, patience))
                        .all()
                        .get(patience.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException notYet) {
                // A broker that has not taken up a topic yet says it does not know it, or is not its leader.
                if (!(notYet.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(ASKING_AGAIN);
            }
        }
    }

    private static Map<TopicPartition, OffsetSpec> latestOfEveryPartition(
            Admin admin, KafkaTopics topics, Duration patience)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<String> names = List.of(topics.dispatch(), topics.delivery(), topics.receipts(), topics.deadLetters());
        return admin
                .describeTopics(names)
                .allTopicNames()
                .get(patience.toMillis(), TimeUnit.MILLISECONDS)
                .values()
                .stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
    }

    private static NewTopic topic(KafkaQueueSettings settings, String name, Map<String, String> config) {
        return new NewTopic(name, settings.partitions(), settings.replication()).configs(config);
    }
}

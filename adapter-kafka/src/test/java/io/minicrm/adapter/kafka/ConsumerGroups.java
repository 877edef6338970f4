package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.minicrm.application.contract.Eventually;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A queue's consumer groups as the broker sees them, for runs that must not begin before a role's consumers share its
 * topic: a member joining a group gets its partitions a heartbeat or two after it subscribes.
 */
final class ConsumerGroups {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private ConsumerGroups() {}

    /** Returns once {@code members} consumers of the role each own some of the topic's partitions, and together all. */
    static void awaitAssigned(KafkaQueueSettings settings, String role, String topic, int members) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Eventually.until(
                    PATIENCE,
                    () -> assigned(admin, settings.groupPrefix() + "." + role, topic, settings.partitions(), members));
        }
    }

    /** Returns once the role's group has committed an offset past the given one on its partition. */
    static void awaitCommittedPast(KafkaQueueSettings settings, String role, TopicPartition partition, long offset) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        String group = settings.groupPrefix() + "." + role;
        try (Admin admin = Admin.create(config)) {
            Eventually.until(PATIENCE, () -> committed(admin, group, partition) > offset);
        }
    }

    /** The group's committed offset on the partition; -1 while it has none. */
    private static long committed(Admin admin, String group, TopicPartition partition) {
        try {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS)
                    .get(partition);
            return committed == null ? -1 : committed.offset();
        } catch (ExecutionException | TimeoutException notYet) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the offsets of group " + group, interrupted);
        }
    }

    private static boolean assigned(Admin admin, String group, String topic, int partitions, int members) {
        Collection<MemberDescription> found;
        try {
            found = admin.describeConsumerGroups(List.of(group))
                    .describedGroups()
                    .get(group)
                    .get(5, TimeUnit.SECONDS)
                    .members();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for group " + group, interrupted);
        }
        Set<TopicPartition> owned = found.stream()
                .flatMap(member -> member.assignment().topicPartitions().stream())
                .filter(partition -> partition.topic().equals(topic))
                .collect(Collectors.toSet());
        return found.size() == members
                && owned.size() == partitions
                && found.stream()
                        .noneMatch(
                                member -> member.assignment().topicPartitions().isEmpty());
    }
}

package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.minicrm.application.port.out.Work;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;
import reactor.util.retry.Retry;

/**
 * One consumer of one topic in a consumer group, on a thread of its own, handing each item its records carry out as
 * {@link Work}; a record is done once every item it carries is acknowledged. Offsets are committed only up to the first
 * record not yet done; the consumer stops fetching while it has {@code maxInFlight} items out or nobody asked for
 * more, which carries back-pressure to the brokers, and starts again as soon as an acknowledgement or a request comes.
 * A record that cannot be read is given to {@code unreadable} and counts as done once that has stored it, or, logged,
 * once that still failed after a few tries. When the consumer stops, is revoked partitions, or fails and is replaced,
 * what it had not seen done is handed out again by the group.
 */
final class KafkaConsumption<T> extends ConsumerLoop {

    private static final Logger LOG = Loggers.getLogger(KafkaConsumption.class);
    // Offsets are committed along the way at most this often; on a stop or a rebalance at once.
    private static final long COMMITTING_EVERY = TimeUnit.MILLISECONDS.toNanos(100);
    // An unreadable record is passed over only once setting it aside failed this often, lest it hold up its partition.
    private static final int SETTING_ASIDE_TRIES = 10;
    private static final Duration SETTING_ASIDE_PAUSE = Duration.ofMillis(100);
    private static final Duration SETTING_ASIDE_LONGEST_PAUSE = Duration.ofSeconds(10);

    private final Function<byte[], List<T>> read;
    private final Unreadable unreadable;
    private final int maxInFlight;
    private final Duration pollTimeout;
    private final FluxSink<Work<T>> sink;
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<TopicPartition, PartitionProgress> progress = new HashMap<>();
    // Released by every acknowledgement and request from downstream, so that a paused consumer resumes at once.
    private final Semaphore news = new Semaphore(0);
    private KafkaConsumer<byte[], byte[]> consumer;
    private long nextCommit = System.nanoTime();

    /** Sets aside a record that cannot be read, with the reason; completes once that is stored. */
    interface Unreadable {
        Mono<Void> setAside(ConsumerRecord<byte[], byte[]> record, String reason);
    }

    KafkaConsumption(
            Properties config,
            String topic,
            Function<byte[], List<T>> read,
            Unreadable unreadable,
            int maxInFlight,
            Duration pollTimeout,
            FluxSink<Work<T>> sink) {
        super(config, topic);
        this.read = read;
        this.unreadable = unreadable;
        this.maxInFlight = maxInFlight;
        this.pollTimeout = pollTimeout;
        this.sink = sink;
        sink.onRequest(more -> news.release());
    }

    @Override
    protected void consume(KafkaConsumer<byte[], byte[]> opened) {
        consumer = opened;
        opened.subscribe(List.of(topic), new Rebalance());
        try {
            while (running()) {
                settle();
                commitWhenDue();
                if (pace()) {
                    handOut(opened.poll(pollTimeout));
                } else {
                    // A paused consumer of the consumer group protocol spins inside poll() for as long as it waits
                    // while records of its paused partitions are buffered (KAFKA-21084): it polls only to stay in
                    // its group and take part in rebalances, and waits here for news instead.
                    handOut(opened.poll(Duration.ZERO));
                    awaitNews();
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called: what was acknowledged is committed below.
        }
        settle();
        commit(true);
    }

    /** What the consumer had out is handed out again by the group; acknowledgements still coming change nothing. */
    @Override
    protected void forget() {
        progress.clear();
    }

    private void handOut(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            PartitionProgress of = progress.computeIfAbsent(partition, assigned -> new PartitionProgress());
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                handOut(record, of);
            }
        }
    }

    private void handOut(ConsumerRecord<byte[], byte[]> record, PartitionProgress of) {
        Mono<Void> done = Mono.fromRunnable(() -> {
            acknowledged.add(new Acknowledged(of, record.offset()));
            news.release();
        });
        List<T> items;
        try {
            items = read.apply(record.value());
        } catch (RuntimeException unreadableValue) {
            of.handedOut(record.offset(), 1);
            unreadable
                    .setAside(record, String.valueOf(unreadableValue.getMessage()))
                    .retryWhen(Retry.backoff(SETTING_ASIDE_TRIES - 1, SETTING_ASIDE_PAUSE)
                            .maxBackoff(SETTING_ASIDE_LONGEST_PAUSE)
                            .onRetryExhaustedThrow((retry, signal) -> signal.failure()))
                    .onErrorResume(failure -> Mono.fromRunnable(() -> LOG.error(
                            "Setting aside unreadable record "
                                    + "{}-{}@{} failed {} times ({}); it is passed over and stays on its topic at that offset",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            SETTING_ASIDE_TRIES,
                            String.valueOf(failure))))
                    .then(done)
                    .subscribe();
            return;
        }
        of.handedOut(record.offset(), items.size());
        if (items.size() == 1) {
            sink.next(new Work<>(items.getFirst(), done));
            return;
        }
        AtomicInteger itemsLeft = new AtomicInteger(items.size());
        for (T item : items) {
            // Counted once however often it is subscribed to, so that a record is never done before all it carries.
            AtomicBoolean counted = new AtomicBoolean();
            sink.next(new Work<>(
                    item,
                    Mono.defer(() -> counted.compareAndSet(false, true) && itemsLeft.decrementAndGet() == 0
                            ? done
                            : Mono.empty())));
        }
    }

    private void settle() {
        Acknowledged done;
        while ((done = acknowledged.poll()) != null) {
            done.partition().acknowledged(done.offset());
        }
    }

    /** Fetches only while fewer than the most items are out and someone downstream asks for more; true if it does. */
    private boolean pace() {
        int inFlight = 0;
        for (PartitionProgress of : progress.values()) {
            inFlight += of.inFlight();
        }
        if (inFlight >= maxInFlight || sink.requestedFromDownstream() == 0) {
            consumer.pause(consumer.assignment());
            return false;
        }
        if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
        return true;
    }

    /** Waits, at most the poll timeout, for an acknowledgement or a request since it last looked. */
    private void awaitNews() {
        try {
            if (news.tryAcquire(pollTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                news.drainPermits();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private void commitWhenDue() {
        long now = System.nanoTime();
        if (now - nextCommit >= 0) {
            nextCommit = now + COMMITTING_EVERY;
            commit(false);
        }
    }

    private void commit(boolean synchronously) {
        commit(progress.keySet(), synchronously);
    }

    private void commit(Collection<TopicPartition> partitions, boolean synchronously) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            PartitionProgress of = progress.get(partition);
            if (of != null) {
                of.committable().ifPresent(offset -> offsets.put(partition, new OffsetAndMetadata(offset)));
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        if (!synchronously) {
            consumer.commitAsync(offsets, (committed, failure) -> {
                if (failure == null) {
                    recordCommitted(committed);
                } else {
                    LOG.debug("Committing offsets of {} failed; they are committed with the next ones", topic, failure);
                }
            });
            return;
        }
        try {
            commitSync(offsets);
        } catch (KafkaException failure) {
            LOG.info(
                    "Committing offsets of {} failed; records after the last commit are handed out again",
                    topic,
                    failure);
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets, CLOSING);
        } catch (WakeupException stopping) {
            // The wake-up meant for the poll came first: the commit is still due.
            consumer.commitSync(offsets, CLOSING);
        }
        recordCommitted(offsets);
    }

    private void recordCommitted(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            PartitionProgress of = progress.get(partition);
            if (of != null) {
                of.committed(offset.offset());
            }
        });
    }

    /** Commits what is done before partitions go to another consumer; forgets them when lost. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            settle();
            commit(partitions, true);
            partitions.forEach(progress::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> progress.put(partition, new PartitionProgress()));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(progress::remove);
        }
    }

    private record Acknowledged(PartitionProgress partition, long offset) {}
}

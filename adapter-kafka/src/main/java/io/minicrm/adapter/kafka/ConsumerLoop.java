package io.minicrm.adapter.kafka;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * A Kafka consumer polled on a thread of its own until stopped; should it fail, it is closed and a new one starts over
 * a moment later. A consumer is not thread-safe, so everything touching it runs inside {@link #consume}.
 */
abstract class ConsumerLoop implements Runnable {

    private static final Logger LOG = Loggers.getLogger(ConsumerLoop.class);
    static final Duration CLOSING = Duration.ofSeconds(5);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(1);

    private final Properties config;
    protected final String topic;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    ConsumerLoop(Properties config, String topic) {
        this.config = config;
        this.topic = topic;
    }

    /** Polls until {@link #running()} turns false or a wake-up interrupts it. */
    protected abstract void consume(KafkaConsumer<byte[], byte[]> consumer);

    /** Called on the loop's thread once a consumer is done, before it closes. */
    protected abstract void forget();

    final boolean running() {
        return running;
    }

    /** Asks the loop to stop; it commits what it can and closes its consumer on its own thread. */
    final void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public final void run() {
        while (running) {
            KafkaConsumer<byte[], byte[]> opened = new KafkaConsumer<>(config);
            consumer = opened;
            try {
                if (running) {
                    consume(opened);
                }
            } catch (WakeupException stopping) {
                // stop() was called.
            } catch (RuntimeException failure) {
                LOG.warn("Consuming {} failed; a new consumer starts over in {}", topic, AFTER_FAILURE, failure);
                pause();
            } finally {
                forget();
                opened.close(CloseOptions.timeout(CLOSING));
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(AFTER_FAILURE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.minicrm.application.port.out.EventStream;
import io.minicrm.application.port.shared.EventChannel;
import io.minicrm.application.port.shared.LiveEvent;
import org.redisson.api.RTopic;
import org.redisson.client.RedisTimeoutException;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Listens on every event channel of Redis, so that this node's live views see the events raised on every node. One
 * subscription serves all local listeners; Redisson renews it when a lost connection comes back. A payload that is
 * not a live event this version can read is skipped, logged and counted.
 */
public final class RedisEventSubscriber implements EventStream, AutoCloseable {

    /** Events a listener may fall behind by before it starts missing them. */
    static final int LISTENER_BUFFER = 256;

    private static final int SUBSCRIBE_TRIES = 5;
    private static final Duration SUBSCRIBE_PAUSE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventSubscriber.class);

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Scheduler listeners;
    private final List<RTopic> topics;
    private final AtomicLong unreadable = new AtomicLong();

    public RedisEventSubscriber(RedisConnection redis) {
        this(redis, Schedulers.boundedElastic());
    }

    /** Subscribes at once; listeners are called on the given scheduler, never on Redis's threads. */
    public RedisEventSubscriber(RedisConnection redis, Scheduler listeners) {
        this.listeners = listeners;
        this.topics = Arrays.stream(EventChannel.values())
                .map(channel -> redis.client().getTopic(channel.channelName(), StringCodec.INSTANCE))
                .toList();
        topics.forEach(this::listen);
    }

    /**
     * Subscribes to the topic, trying again while Redis is slow to hand out a subscription connection: commands give
     * up after a second, which a start on a busy machine may take, and a node without its subscription would miss
     * every other node's events.
     */
    private void listen(RTopic topic) {
        for (int attempt = 1; ; attempt++) {
            try {
                topic.addListener(String.class, (channel, payload) -> receive(channel.toString(), payload));
                return;
            } catch (RedisTimeoutException slow) {
                if (attempt == SUBSCRIBE_TRIES) {
                    throw slow;
                }
                LOG.warn(
                        "Subscribing to {} timed out (try {} of {}); trying again",
                        topic.getChannelNames(),
                        attempt,
                        SUBSCRIBE_TRIES);
                LockSupport.parkNanos(SUBSCRIBE_PAUSE.toNanos());
            }
        }
    }

    @Override
    public Flux<LiveEvent> live() {
        // Each listener gets its own bounded buffer, drained on another thread; while it is full, new events are
        // dropped.
        return sink.asFlux().onBackpressureDrop().publishOn(listeners, LISTENER_BUFFER);
    }

    /** Payloads skipped because they were not live events this version reads. */
    public long unreadable() {
        return unreadable.get();
    }

    private void receive(String channel, String payload) {
        LiveEvent event;
        try {
            event = RedisJson.event(payload);
        } catch (IllegalArgumentException unread) {
            unreadable.incrementAndGet();
            LOG.warn("Skipped a message on {} that is not a live event: {}", channel, unread.getMessage());
            return;
        }
        emit(event);
    }

    /** A multicast sink refuses a second concurrent emitter instead of waiting, so Redis's threads take turns. */
    private synchronized void emit(LiveEvent event) {
        sink.tryEmitNext(event);
    }

    @Override
    public void close() {
        topics.forEach(RTopic::removeAllListeners);
        sink.tryEmitComplete();
    }
}

package io.minicrm.adapter.redis;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.shared.EventChannel;
import io.minicrm.application.port.shared.LiveEvent;
import io.minicrm.domain.shared.CrmEvent;
import org.redisson.api.RTopic;
import org.redisson.client.codec.StringCodec;
import reactor.core.publisher.Mono;

/**
 * Publishes each event's versioned JSON payload on the Redis channel named for its kind ({@code customer:created}, …).
 * The caller never waits for Redis: the message is handed over and the request goes on. While Redis is unreachable,
 * or too many messages are already waiting for it, events are dropped and counted, as pub/sub is notification only.
 */
public final class RedisEventPublisher implements EventPublisher {

    /**
     * Messages that may wait for Redis at once; past that, new events are dropped rather than queued. Kept well below
     * what Redis takes within a command's timeout, so that a burst is not mistaken for an outage.
     */
    static final int MAX_IN_FLIGHT = 1_000;

    private final Map<EventChannel, RTopic> topics;
    private final Outage outage = new Outage("publishing events");
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public RedisEventPublisher(RedisConnection redis) {
        this.topics = Arrays.stream(EventChannel.values())
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(),
                        channel -> redis.client().getTopic(channel.channelName(), StringCodec.INSTANCE)));
    }

    @Override
    public Mono<Void> publish(CrmEvent event) {
        return Mono.fromRunnable(() -> LiveEvent.of(event).ifPresent(this::send));
    }

    private void send(LiveEvent event) {
        if (outage.suspected() || !inFlight.tryAcquire()) {
            dropped.incrementAndGet();
            return;
        }
        topics.get(event.channel()).publishAsync(RedisJson.write(event)).whenComplete((listeners, failure) -> {
            inFlight.release();
            if (failure == null) {
                published.incrementAndGet();
                outage.succeeded();
            } else {
                dropped.incrementAndGet();
                outage.failed(failure);
            }
        });
    }

    /** Events Redis has taken. */
    public long published() {
        return published.get();
    }

    /** Events lost because Redis was unreachable or too far behind. */
    public long dropped() {
        return dropped.get();
    }
}

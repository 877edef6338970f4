package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.workspace.WorkspaceId;
import org.redisson.api.RScript;
import org.redisson.api.RScript.Mode;
import org.redisson.api.RScript.ReturnType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Remembers figures in Redis, shared by every node, as JSON under {@code crm:cache:<workspace>:<generation>:<key>},
 * each with its time to live. A workspace's generation is a random token under {@code crm:cache:<workspace>:generation};
 * evicting draws a new one, so every value of the old generation is out of reach at once and expires on its own,
 * and a value computed before the eviction lands under the old one. A read takes one round trip (a script reads the
 * generation and the value together), a put one, an eviction one.
 * <p>
 * While Redis is unreachable every call fails quickly and callers compute afresh. An eviction that could not be made
 * is remembered: this node reads nothing cached for that workspace until it has made it, which it tries again every
 * {@link #RETRY}, even while requests are sparing Redis after a failure, so that a change made while this node could
 * not reach Redis leaves no older value in reach for other nodes once it can.
 */
public final class RedisCache implements Cache, AutoCloseable {

    private static final String READ = """
            local generation = redis.call('GET', KEYS[1]) or '0'
            return {generation, redis.call('GET', ARGV[1] .. generation .. ':' .. ARGV[2])}
            """;
    /** How often an eviction that could not be made is tried again: the most it lags behind Redis answering again. */
    static final Duration RETRY = Duration.ofMillis(100);

    private final RedissonClient client;
    private final RScript scripts;
    private final Outage outage = new Outage("caching");
    // Workspaces awaiting an eviction, each with the mark of the last one asked for: an eviction under way that was
    // asked for earlier does not answer for a change made since.
    private final ConcurrentMap<WorkspaceId, Long> unevicted = new ConcurrentHashMap<>();
    private final AtomicLong marks = new AtomicLong();
    private final Disposable retrying;

    public RedisCache(RedisConnection redis) {
        this.client = redis.client();
        this.scripts = client.getScript(StringCodec.INSTANCE);
        this.retrying = Flux.interval(RETRY)
                .onBackpressureDrop()
                .concatMap(tick -> Flux.fromIterable(Map.copyOf(unevicted).entrySet())
                        .concatMap(pending -> evict(pending.getKey(), pending.getValue(), this::retry))
                        .onErrorComplete())
                .subscribe();
    }

    /** A value stored by another type than asked for is a miss. */
    @Override
    public <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type) {
        if (unevicted.containsKey(workspace)) {
            return Mono.error(new IllegalStateException("the cached values of " + workspace + " await an eviction"));
        }
        return call(() -> scripts.<List<Object>>evalAsync(
                        Mode.READ_ONLY,
                        READ,
                        ReturnType.LIST,
                        List.of(generationKey(workspace)),
                        prefix(workspace),
                        key))
                .map(read -> {
                    long generation = Long.parseLong((String) read.getFirst());
                    return new Cached<>(
                            generation,
                            Optional.ofNullable(read.size() > 1 ? (String) read.get(1) : null)
                                    .flatMap(stored -> StoredValue.parse(stored).as(type)));
                });
    }

    @Override
    public Mono<Void> put(WorkspaceId workspace, long generation, String key, Object value, Duration timeToLive) {
        String stored = new StoredValue(value.getClass().getName(), RedisJson.write(value)).text();
        return call(() -> client.<String>getBucket(prefix(workspace) + generation + ":" + key, StringCodec.INSTANCE)
                .setAsync(stored, timeToLive));
    }

    @Override
    public Mono<Void> evictAll(WorkspaceId workspace) {
        long mark = marks.incrementAndGet();
        unevicted.put(workspace, mark);
        return evict(workspace, mark, this::call);
    }

    /** Draws a new generation through the given way of calling Redis; the workspace is done once its last mark is. */
    private Mono<Void> evict(
            WorkspaceId workspace, long mark, Function<Supplier<CompletionStage<Void>>, Mono<Void>> via) {
        // Zero is the generation of a workspace never evicted, so a new token is never zero.
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return via.apply(() -> client.<String>getBucket(generationKey(workspace), StringCodec.INSTANCE)
                        .setAsync(Long.toString(token)))
                .doOnSuccess(done -> unevicted.remove(workspace, mark));
    }

    /** A request's call: refused at once while Redis failed a moment ago, so that requests do not wait on an outage. */
    private <R> Mono<R> call(Supplier<CompletionStage<R>> command) {
        if (outage.suspected()) {
            return Mono.error(new IllegalStateException("Redis failed a moment ago"));
        }
        return retry(command);
    }

    /** A call made whatever happened a moment ago: pending evictions must not wait for requests to try Redis again. */
    private <R> Mono<R> retry(Supplier<CompletionStage<R>> command) {
        return Mono.fromCompletionStage(command)
                .doOnSuccess(done -> outage.succeeded())
                .doOnError(outage::failed);
    }

    private static String prefix(WorkspaceId workspace) {
        return "crm:cache:" + workspace.value() + ":";
    }

    private static String generationKey(WorkspaceId workspace) {
        return prefix(workspace) + "generation";
    }

    @Override
    public void close() {
        retrying.dispose();
    }
}

package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.redisson.api.RScript;
import org.redisson.api.RScript.Mode;
import org.redisson.api.RScript.ReturnType;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.workspace.WorkspaceId;
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
 * is remembered: this node reads nothing cached for that workspace until it has made it, which it retries every
 * second, so a change made during an outage cannot leave an older value in reach once Redis is back.
 */
public final class RedisCache implements Cache, AutoCloseable {

    private static final String READ = """
            local generation = redis.call('GET', KEYS[1]) or '0'
            return {generation, redis.call('GET', ARGV[1] .. generation .. ':' .. ARGV[2])}
            """;
    static final Duration RETRY = Duration.ofSeconds(1);

    private final RedissonClient client;
    private final RScript scripts;
    private final Outage outage = new Outage("caching");
    private final Set<WorkspaceId> unevicted = ConcurrentHashMap.newKeySet();
    private final Disposable retrying;

    public RedisCache(RedisConnection redis) {
        this.client = redis.client();
        this.scripts = client.getScript(StringCodec.INSTANCE);
        this.retrying = Flux.interval(RETRY).onBackpressureDrop()
                .concatMap(tick -> Flux.fromIterable(List.copyOf(unevicted)).concatMap(this::evict).onErrorComplete())
                .subscribe();
    }

    /** A value stored by another type than asked for is a miss. */
    @Override
    public <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type) {
        if (unevicted.contains(workspace)) {
            return Mono.error(new IllegalStateException("the cached values of " + workspace + " await an eviction"));
        }
        return call(() -> scripts.<List<Object>>evalAsync(Mode.READ_ONLY, READ, ReturnType.LIST,
                        List.of(generationKey(workspace)), prefix(workspace), key))
                .map(read -> {
                    long generation = Long.parseLong((String) read.getFirst());
                    return new Cached<>(generation, Optional.ofNullable(read.size() > 1 ? (String) read.get(1) : null)
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
        unevicted.add(workspace);
        return evict(workspace);
    }

    private Mono<Void> evict(WorkspaceId workspace) {
        // Zero is the generation of a workspace never evicted, so a new token is never zero.
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return call(() -> client.<String>getBucket(generationKey(workspace), StringCodec.INSTANCE)
                .setAsync(Long.toString(token)))
                .doOnSuccess(done -> unevicted.remove(workspace));
    }

    private <R> Mono<R> call(Supplier<CompletionStage<R>> command) {
        if (outage.suspected()) {
            return Mono.error(new IllegalStateException("Redis failed a moment ago"));
        }
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

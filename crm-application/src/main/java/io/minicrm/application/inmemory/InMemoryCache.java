package io.minicrm.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.Cached;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Remembers figures in this JVM's memory, per workspace, each until its time to live has passed. */
public final class InMemoryCache implements Cache {

    private record Entry(Object value, long generation, Instant expiresAt) {}

    /** A workspace's values; an entry counts only while it belongs to the current generation. */
    private record Table(AtomicLong generation, ConcurrentMap<String, Entry> entries) {
        Table() {
            this(new AtomicLong(), new ConcurrentHashMap<>());
        }
    }

    private final PerWorkspace<Table> tables = new PerWorkspace<>(Table::new);
    private final Clock clock;

    public InMemoryCache() {
        this(Clock.systemUTC());
    }

    public InMemoryCache(Clock clock) {
        this.clock = clock;
    }

    /** A value of another type than asked for is a miss, like an expired one. */
    @Override
    public <T> Mono<Cached<T>> get(WorkspaceId workspace, String key, Class<T> type) {
        return Mono.fromSupplier(() -> {
            Table table = tables.forReading(workspace);
            long generation = table.generation().get();
            Entry entry = table.entries().get(key);
            if (entry == null || entry.generation() != generation) {
                return Cached.miss(generation);
            }
            if (!clock.instant().isBefore(entry.expiresAt())) {
                table.entries().remove(key, entry);
                return Cached.miss(generation);
            }
            return new Cached<>(
                    generation,
                    Optional.of(entry.value()).filter(type::isInstance).map(type::cast));
        });
    }

    @Override
    public Mono<Void> put(WorkspaceId workspace, long generation, String key, Object value, Duration timeToLive) {
        return Mono.fromRunnable(() -> {
            Table table = tables.forWriting(workspace);
            // An eviction between this check and the put leaves an entry of a past generation, which no read returns.
            if (table.generation().get() == generation) {
                table.entries()
                        .put(key, new Entry(value, generation, clock.instant().plus(timeToLive)));
            }
        });
    }

    @Override
    public Mono<Void> evictAll(WorkspaceId workspace) {
        return Mono.fromRunnable(() -> {
            Table table = tables.forWriting(workspace);
            table.generation().incrementAndGet();
            table.entries().clear();
        });
    }
}

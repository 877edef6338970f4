package io.minicrm.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.minicrm.application.port.out.Cache;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Remembers figures in this JVM's memory, per workspace, each until its time to live has passed. */
public final class InMemoryCache implements Cache {

    private record Entry(Object value, Instant expiresAt) {
    }

    private final PerWorkspace<ConcurrentMap<String, Entry>> tables = new PerWorkspace<>(ConcurrentHashMap::new);
    private final Clock clock;

    public InMemoryCache() {
        this(Clock.systemUTC());
    }

    public InMemoryCache(Clock clock) {
        this.clock = clock;
    }

    /** A value of another type than asked for is a miss, like an expired one. */
    @Override
    public <T> Mono<T> get(WorkspaceId workspace, String key, Class<T> type) {
        return Mono.fromSupplier(() -> {
            ConcurrentMap<String, Entry> entries = tables.forReading(workspace);
            Entry entry = entries.get(key);
            if (entry == null || clock.instant().isBefore(entry.expiresAt())) {
                return entry;
            }
            entries.remove(key, entry);
            return null;
        }).map(Entry::value).filter(type::isInstance).map(type::cast);
    }

    @Override
    public Mono<Void> put(WorkspaceId workspace, String key, Object value, Duration timeToLive) {
        return Mono.fromRunnable(() -> tables.forWriting(workspace).put(key, new Entry(value, clock.instant().plus(timeToLive))));
    }

    @Override
    public Mono<Void> evictAll(WorkspaceId workspace) {
        return Mono.fromRunnable(() -> tables.forReading(workspace).clear());
    }
}

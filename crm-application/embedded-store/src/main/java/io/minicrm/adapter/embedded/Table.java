package io.minicrm.adapter.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import io.minicrm.domain.workspace.WorkspaceId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One kind of record in the file, kept as the in-memory store beside it holds it. Every write changes the in-memory
 * store, then copies what the change left under each key it touched into the file, one writer at a time so that the
 * file never ends with an older state than memory; the writer is answered once that copy is committed.
 */
final class Table<T> {

    /** A key a write touched, and how to read what the in-memory store holds under it now. */
    record Touched<T>(String key, Mono<T> current) {}

    private final MVMap<String, byte[]> map;
    private final Codec<T> codec;
    private final GroupCommit commits;

    Table(MVMap<String, byte[]> map, Codec<T> codec, GroupCommit commits) {
        this.map = map;
        this.codec = codec;
        this.commits = commits;
    }

    static String key(WorkspaceId workspace, String id) {
        return workspace.value() + "/" + id;
    }

    <R> Mono<R> write(Mono<R> change, Function<Optional<R>, Collection<Touched<T>>> touched) {
        return Mono.fromCallable(() -> copied(change, touched))
                .flatMap(result -> commits.durable().then(Mono.justOrEmpty(result)));
    }

    <R> Flux<R> writeAll(Flux<R> change, Function<List<R>, Collection<Touched<T>>> touched) {
        return write(change.collectList(), result -> touched.apply(result.orElseThrow()))
                .flatMapIterable(Function.identity());
    }

    private synchronized <R> Optional<R> copied(Mono<R> change, Function<Optional<R>, Collection<Touched<T>>> touched) {
        Optional<R> result = Answered.now(change);
        for (Touched<T> entry : touched.apply(result)) {
            Answered.now(entry.current())
                    .ifPresentOrElse(
                            current -> map.put(entry.key(), codec.encode(current)), () -> map.remove(entry.key()));
        }
        return result;
    }

    /**
     * Hands every stored record, decoded, to {@code load}: the two halves of the keys side by side, as decoding is
     * most of the work of a start, so {@code load} must be thread-safe.
     */
    void forEachInParallel(Consumer<T> load) {
        inHalves((from, to) -> forEach(from, to, codec::decode, load));
    }

    /**
     * As {@link #forEachInParallel}, handing over what {@code read} makes of each record's bytes, in lists of up to
     * {@code size}, for a {@code load} that takes a lock once per list rather than once per record.
     */
    <R> void forEachBatchInParallel(int size, Function<byte[], R> read, Consumer<List<R>> load) {
        inHalves((from, to) -> {
            List<R> batch = new ArrayList<>(size);
            forEach(from, to, read, record -> {
                batch.add(record);
                if (batch.size() == size) {
                    load.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                load.accept(List.copyOf(batch));
            }
        });
    }

    /** Walks the keys up to the middle one on another thread and the rest on this one. */
    private void inHalves(BiConsumer<@Nullable String, @Nullable String> walk) {
        long size = map.sizeAsLong();
        if (size < 2) {
            walk.accept(null, null);
            return;
        }
        String middle = map.getKey(size / 2);
        CompletableFuture<Void> firstHalf = CompletableFuture.runAsync(() -> walk.accept(null, middle));
        walk.accept(middle, null);
        firstHalf.join();
    }

    /** Hands every stored record, decoded, to {@code load} in the order of their keys. */
    void forEachInOrder(Consumer<T> load) {
        forEach(null, null, codec::decode, load);
    }

    /**
     * Hands what {@code read} makes of the records from key {@code from} (included; null for the first) to {@code to}
     * (excluded; null for none after the last) to {@code load}. The version read is pinned meanwhile: the store's
     * background compaction would otherwise free the chunks a long read has yet to reach.
     */
    private <R> void forEach(@Nullable String from, @Nullable String to, Function<byte[], R> read, Consumer<R> load) {
        MVStore.TxCounter pinned = map.getStore().registerVersionUsage();
        try {
            Cursor<String, byte[]> cursor = map.cursor(from);
            while (cursor.hasNext()) {
                String key = cursor.next();
                if (to != null && key.compareTo(to) >= 0) {
                    return;
                }
                load.accept(read.apply(cursor.getValue()));
            }
        } finally {
            map.getStore().deregisterVersionUsage(pinned);
        }
    }

    /** Every stored record, decoded as the subscriber asks, from the version stored when it subscribed. */
    Flux<T> all() {
        return Flux.using(
                () -> map.getStore().registerVersionUsage(),
                pinned -> Flux.fromIterable(map.values()).map(codec::decode),
                pinned -> map.getStore().deregisterVersionUsage(pinned));
    }

    long size() {
        return map.sizeAsLong();
    }

    /**
     * How many records each workspace has, from the positions of its first and last keys: no record is read. A
     * workspace's keys all sort below its name followed by {@code '0'}, the character after the {@code '/'} of
     * {@link #key}, and no workspace's name holds a {@code '/'}.
     */
    Map<WorkspaceId, Long> sizesByWorkspace() {
        Map<WorkspaceId, Long> sizes = new HashMap<>();
        long size = map.sizeAsLong();
        long from = 0;
        while (from < size) {
            String key = map.getKey(from);
            String workspace = key.substring(0, key.indexOf('/'));
            long until = -(map.getKeyIndex(workspace + "0") + 1);
            sizes.put(new WorkspaceId(workspace), until - from);
            from = until;
        }
        return sizes;
    }
}

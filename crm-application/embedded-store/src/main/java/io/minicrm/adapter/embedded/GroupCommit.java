package io.minicrm.adapter.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.h2.mvstore.MVStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Commits writes in groups: one thread commits the file for every writer that asked since its last commit, and a
 * writer is answered only once its changes are written to the file, so that they survive the process being killed.
 * Forcing the file to disk costs more than the commit on most disks, so it happens at most once per
 * {@link #SYNC_EVERY}: an operating system crash or a power cut may lose the writes of that last interval.
 */
final class GroupCommit implements AutoCloseable {

    static final Duration SYNC_EVERY = Duration.ofSeconds(1);

    private final MVStore store;
    private final Thread committer;
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean closed;
    private RuntimeException broken;

    GroupCommit(MVStore store) {
        this.store = store;
        this.committer =
                Thread.ofPlatform().name("embedded-store-commit").daemon().start(this::commitUntilClosed);
    }

    /**
     * Completes once a commit that began after this call is written, so it holds every change made before the call.
     * The caller continues on a thread of its own, not the committer's.
     */
    Mono<Void> durable() {
        return Mono.defer(() -> Mono.fromFuture(request())).publishOn(Schedulers.parallel());
    }

    private synchronized CompletableFuture<Void> request() {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (broken != null) {
            committed.completeExceptionally(broken);
        } else if (closed) {
            committed.completeExceptionally(new IllegalStateException("the embedded store is closed"));
        } else {
            waiting.add(committed);
            notifyAll();
        }
        return committed;
    }

    private void commitUntilClosed() {
        long unsyncedSince = 0;
        boolean unsynced = false;
        while (true) {
            List<CompletableFuture<Void>> group = next(unsynced ? unsyncedSince : System.nanoTime());
            if (!group.isEmpty()) {
                commit(group);
                if (!unsynced) {
                    unsynced = true;
                    unsyncedSince = System.nanoTime();
                }
            }
            boolean stopping = isClosed();
            if (unsynced && (stopping || System.nanoTime() - unsyncedSince >= SYNC_EVERY.toNanos())) {
                sync();
                unsynced = false;
            }
            if (stopping && group.isEmpty()) {
                return;
            }
        }
    }

    private void commit(List<CompletableFuture<Void>> group) {
        try {
            store.commit();
            group.forEach(committed -> committed.complete(null));
        } catch (RuntimeException failed) {
            group.forEach(committed -> committed.completeExceptionally(failed));
        }
    }

    /** A file that cannot be forced to disk may have lost what was answered: every later write is refused. */
    private void sync() {
        try {
            store.sync();
        } catch (RuntimeException failed) {
            synchronized (this) {
                broken = new IllegalStateException("the embedded store could not force its file to disk", failed);
            }
        }
    }

    /** The writers waiting for a commit; empty when closed, or when the file is due to be forced to disk. */
    private synchronized List<CompletableFuture<Void>> next(long unsyncedSince) {
        long deadline = unsyncedSince + SYNC_EVERY.toNanos();
        while (waiting.isEmpty() && !closed && System.nanoTime() < deadline) {
            try {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
        List<CompletableFuture<Void>> group = waiting;
        waiting = new ArrayList<>();
        return group;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Commits for the writers still waiting, forces the file to disk, then stops. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            committer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last writes were committed", interrupted);
        }
    }
}

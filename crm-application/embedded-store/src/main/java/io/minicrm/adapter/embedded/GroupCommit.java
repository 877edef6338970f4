package io.minicrm.adapter.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.h2.mvstore.MVStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Makes writes durable in groups: one thread commits the file and forces it to disk for every writer that asked since
 * its last commit, so that a writer is answered only once what it wrote survives a crash, and many writers share one
 * forced write.
 */
final class GroupCommit implements AutoCloseable {

    private final MVStore store;
    private final Thread committer;
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean closed;

    GroupCommit(MVStore store) {
        this.store = store;
        this.committer =
                Thread.ofPlatform().name("embedded-store-commit").daemon().start(this::commitWhileOpen);
    }

    /**
     * Completes once a commit that began after this call is on disk, so it holds every change made before the call.
     * The caller continues on a thread of its own, not the committer's.
     */
    Mono<Void> durable() {
        return Mono.defer(() -> Mono.fromFuture(request())).publishOn(Schedulers.parallel());
    }

    private synchronized CompletableFuture<Void> request() {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (closed) {
            committed.completeExceptionally(new IllegalStateException("the embedded store is closed"));
        } else {
            waiting.add(committed);
            notifyAll();
        }
        return committed;
    }

    private void commitWhileOpen() {
        List<CompletableFuture<Void>> group = next();
        while (!group.isEmpty()) {
            try {
                store.commit();
                store.sync();
                group.forEach(committed -> committed.complete(null));
            } catch (RuntimeException failed) {
                group.forEach(committed -> committed.completeExceptionally(failed));
            }
            group = next();
        }
    }

    /** The writers waiting for the next commit; empty once closed with none waiting. */
    private synchronized List<CompletableFuture<Void>> next() {
        while (waiting.isEmpty() && !closed) {
            try {
                wait();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
        List<CompletableFuture<Void>> group = waiting;
        waiting = new ArrayList<>();
        return group;
    }

    /** Commits for the writers still waiting, then stops. */
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

package io.minicrm.application.inmemory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reading in full of rows loaded unread, shared by every thread that needs them all: each takes the next chunk no
 * one has taken, so that together they read each row once, and one that finds none left waits for the chunks others
 * are reading. A reader in the background keeps to one core; a pass over every customer takes every core, beside it if
 * it is reading.
 */
final class RowReading {

    static final int CHUNK = 4_096;

    private final CustomerRow[] rows;
    private final int chunks;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger unfinished;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    RowReading(CustomerRow[] rows) {
        this.rows = rows;
        this.chunks = (rows.length + CHUNK - 1) / CHUNK;
        this.unfinished = new AtomicInteger(chunks);
        if (chunks == 0) {
            done.complete(null);
        }
    }

    /** Reads chunks until none is left, then waits for the rest; throws what reading a row threw, in any thread. */
    void take() {
        readChunks();
        try {
            done.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException unreadable ? unreadable : failed;
        }
    }

    /** As {@link #take}, with the common pool's threads taking chunks beside this one. */
    void takeOnEveryCore() {
        for (int helper = 0; helper < ForkJoinPool.getCommonPoolParallelism(); helper++) {
            ForkJoinPool.commonPool().execute(this::readChunks);
        }
        take();
    }

    private void readChunks() {
        int chunk;
        while (!done.isDone() && (chunk = next.getAndIncrement()) < chunks) {
            try {
                for (int row = chunk * CHUNK; row < Math.min(rows.length, (chunk + 1) * CHUNK); row++) {
                    rows[row].customer();
                }
            } catch (RuntimeException unreadable) {
                done.completeExceptionally(unreadable);
                return;
            }
            if (unfinished.decrementAndGet() == 0) {
                done.complete(null);
            }
        }
    }
}

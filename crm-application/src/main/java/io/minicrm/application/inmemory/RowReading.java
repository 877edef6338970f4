package io.minicrm.application.inmemory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reading in full of rows loaded unread, shared by every thread that needs them all: each takes the next chunk no
 * one has taken, so that together they read each row once, and one that finds none left waits for the chunks others
 * are reading. Alone, a reader in the background keeps to one core; a pass over every customer that comes meanwhile
 * reads beside it instead of waiting for all of it.
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
        int chunk;
        while (!done.isDone() && (chunk = next.getAndIncrement()) < chunks) {
            try {
                for (int row = chunk * CHUNK; row < Math.min(rows.length, (chunk + 1) * CHUNK); row++) {
                    rows[row].customer();
                }
            } catch (RuntimeException unreadable) {
                done.completeExceptionally(unreadable);
                throw unreadable;
            }
            if (unfinished.decrementAndGet() == 0) {
                done.complete(null);
            }
        }
        try {
            done.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException unreadable ? unreadable : failed;
        }
    }
}

package io.minicrm.adapter.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that Redis failed a moment ago, so that callers skip it for a second instead of each waiting for a
 * timeout. Counts every failure; logs once when an outage begins and once when it ends, not at every failure.
 */
final class Outage {

    static final Duration COOL_DOWN = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);

    private final String work;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicBoolean ongoing = new AtomicBoolean();
    private volatile long lastFailure = System.nanoTime() - COOL_DOWN.toNanos();

    /** Names the work that fails, as the log says it: "publishing events", "caching". */
    Outage(String work) {
        this.work = work;
    }

    boolean suspected() {
        return System.nanoTime() - lastFailure < COOL_DOWN.toNanos();
    }

    void failed(Throwable cause) {
        failures.incrementAndGet();
        lastFailure = System.nanoTime();
        if (ongoing.compareAndSet(false, true)) {
            LOG.warn("Redis failed {}; carrying on without it until it answers again: {}", work, cause.toString());
        }
    }

    void succeeded() {
        if (ongoing.compareAndSet(true, false)) {
            LOG.info("Redis answers again for {} after {} failures so far", work, failures.get());
        }
    }

    long failures() {
        return failures.get();
    }
}

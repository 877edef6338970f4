package io.minicrm.adapter.smtp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * A token bucket that paces sends to a rate: tokens come in at {@code perSecond}, up to one second's worth held, and
 * each send takes one, waiting for it when none is left. A rate of 0 never waits.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, LongSupplier nanoTime) {
        this.perNano = perSecond / TimeUnit.SECONDS.toNanos(1);
        this.capacity = Math.max(1, perSecond);
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes one token, waiting as long as the rate requires. */
    void take() {
        long wait;
        while ((wait = tryTake()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Takes one token if there is one and gives 0; otherwise how many nanoseconds until there is one. */
    synchronized long tryTake() {
        if (perNano == 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }
}

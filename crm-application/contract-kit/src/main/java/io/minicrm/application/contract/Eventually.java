package io.minicrm.application.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what a queue or a pipeline does in the background, looking again every few milliseconds. */
public final class Eventually {

    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(5);

    private Eventually() {}

    /** Returns once the condition holds; an {@link AssertionError} when it still does not after {@code patience}. */
    public static void until(Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not so after " + patience);
            }
            pause(BETWEEN_LOOKS);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", interrupted);
        }
    }
}

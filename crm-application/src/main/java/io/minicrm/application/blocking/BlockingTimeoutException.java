package io.minicrm.application.blocking;

import java.time.Duration;

/** A blocking call got no answer within its timeout; the work it started may still complete. */
public final class BlockingTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlockingTimeoutException(Duration timeout) {
        super("no answer within " + timeout);
    }
}

package io.minicrm.application.pipeline;

import java.time.Duration;

/**
 * How the campaign pipeline paces itself.
 *
 * @param dispatchBatch       customers turned into deliveries per store write and queue request
 * @param dispatchConcurrency campaigns one dispatcher fans out at the same time
 * @param senders             senders one pipeline runs
 * @param sendConcurrency     messages one sender has in flight at the same time
 * @param sendTries           tries at reaching the channel before a delivery is reported failed
 * @param retryBackoff        the wait before the second try, growing for later ones
 * @param receiptBatch        receipts reported, or written, together at most
 * @param receiptWindow       the longest a receipt waits for its batch to fill
 * @param redispatchAfter     how long a campaign may stay queued before its dispatch is requested again, in case the
 *                            queue could not take the request (it was down when the campaign was queued)
 */
public record PipelineSettings(int dispatchBatch, int dispatchConcurrency, int senders, int sendConcurrency,
                               int sendTries, Duration retryBackoff, int receiptBatch, Duration receiptWindow,
                               Duration redispatchAfter) {

    public static final PipelineSettings DEFAULT = new PipelineSettings(500, 4, 2, 64, 3, Duration.ofMillis(100), 500,
            Duration.ofMillis(50), Duration.ofSeconds(30));

    public PipelineSettings {
        if (dispatchBatch < 1 || dispatchConcurrency < 1 || senders < 1 || sendConcurrency < 1 || sendTries < 1
                || receiptBatch < 1) {
            throw new IllegalArgumentException("batch sizes, concurrencies, senders and tries are at least 1");
        }
        if (retryBackoff.isNegative() || !receiptWindow.isPositive() || !redispatchAfter.isPositive()) {
            throw new IllegalArgumentException(
                    "the retry backoff cannot be negative, the receipt window and the redispatch delay must be positive");
        }
    }
}

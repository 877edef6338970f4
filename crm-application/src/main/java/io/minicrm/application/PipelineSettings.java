package io.minicrm.application;

import java.time.Duration;

/**
 * How the campaign pipeline paces itself.
 *
 * @param dispatchBatch       customers turned into deliveries per store write and queue request
 * @param dispatchConcurrency campaigns one dispatcher fans out at the same time
 * @param senders             senders one pipeline runs
 * @param sendConcurrency     messages one sender has in flight at the same time
 * @param sendTries           tries at reaching the channel before a delivery is set aside as a dead letter
 * @param retryBackoff        the wait before the second try, growing for later ones
 * @param receiptBatch        receipts reported, or written, together at most
 * @param receiptWindow       the longest a receipt waits for its batch to fill
 * @param redispatchAfter     how long a campaign may stay queued before its dispatch is requested again, in case the
 *                            queue could not take the request (it was down when the campaign was queued)
 * @param stepTries           tries at a step's work on one item (a dispatch, a send, a batch or a single receipt, a
 *                            count, a hand-over to the queue) while it fails for want of a store or the queue, before
 *                            the item is set aside; the pauses grow from the retry backoff up to 10 s, so the default
 *                            20 tries with the default backoff ride out an outage of about a minute and a half (at
 *                            least one)
 */
public record PipelineSettings(
        int dispatchBatch,
        int dispatchConcurrency,
        int senders,
        int sendConcurrency,
        int sendTries,
        Duration retryBackoff,
        int receiptBatch,
        Duration receiptWindow,
        Duration redispatchAfter,
        int stepTries) {

    public static final int DEFAULT_STEP_TRIES = 20;

    public static final PipelineSettings DEFAULT = new PipelineSettings(
            500,
            4,
            2,
            64,
            3,
            Duration.ofMillis(100),
            500,
            Duration.ofMillis(50),
            Duration.ofSeconds(30),
            DEFAULT_STEP_TRIES);

    public PipelineSettings {
        if (dispatchBatch < 1
                || dispatchConcurrency < 1
                || senders < 1
                || sendConcurrency < 1
                || sendTries < 1
                || receiptBatch < 1
                || stepTries < 1) {
            throw new IllegalArgumentException("batch sizes, concurrencies, senders and tries are at least 1");
        }
        if (retryBackoff.isNegative() || !receiptWindow.isPositive() || !redispatchAfter.isPositive()) {
            throw new IllegalArgumentException(
                    "the retry backoff cannot be negative, the receipt window and the redispatch delay must be positive");
        }
    }

    /** Settings with the default {@value #DEFAULT_STEP_TRIES} tries at a step's work on one item. */
    public PipelineSettings(
            int dispatchBatch,
            int dispatchConcurrency,
            int senders,
            int sendConcurrency,
            int sendTries,
            Duration retryBackoff,
            int receiptBatch,
            Duration receiptWindow,
            Duration redispatchAfter) {
        this(
                dispatchBatch,
                dispatchConcurrency,
                senders,
                sendConcurrency,
                sendTries,
                retryBackoff,
                receiptBatch,
                receiptWindow,
                redispatchAfter,
                DEFAULT_STEP_TRIES);
    }

    public PipelineSettings withStepTries(int tries) {
        return new PipelineSettings(
                dispatchBatch,
                dispatchConcurrency,
                senders,
                sendConcurrency,
                sendTries,
                retryBackoff,
                receiptBatch,
                receiptWindow,
                redispatchAfter,
                tries);
    }
}

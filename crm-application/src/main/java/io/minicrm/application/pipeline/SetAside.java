package io.minicrm.application.pipeline;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Makes the dead letter of a delivery's work that a step gave up on, saying why, and logs it once: as an error when
 * the work failed on every try (a bug or a refusal, for someone to look into), as a warning when it still failed after
 * the tries allowed (an outage that outlasted them, over which a re-drive sends the work again).
 */
final class SetAside {

    private static final Logger LOG = Loggers.getLogger(SetAside.class);

    private SetAside() {}

    /** The letter of a request to send; empty, and logged, for a delivery whose id names no campaign to file it under. */
    static Optional<DeadLetter> request(DeliveryRequest request, Throwable failure, int tries, Instant now) {
        String reason = because("sending", failure, tries);
        Optional<DeadLetter> letter =
                request.delivery().campaign().map(campaign -> new DeadLetter(request, campaign, reason, now));
        letter.ifPresentOrElse(
                set -> log(set, failure),
                () -> LOG.error(
                        "Delivery " + request.delivery() + " is dropped, as its id names no campaign: " + reason));
        return letter;
    }

    /** The letter of a receipt that could not be written, which a re-drive reports again. */
    static DeadLetter receipt(Delivery delivery, Receipt receipt, Throwable failure, int tries, Instant now) {
        DeadLetter letter = new DeadLetter(
                new DeliveryRequest(delivery.workspace(), delivery.id(), delivery.customer()),
                delivery.campaign(),
                because("writing its receipt", failure, tries),
                now,
                Optional.of(receipt));
        log(letter, failure);
        return letter;
    }

    /** Why the work was given up on: what failed, and after how many tries when the failure might have passed. */
    static String because(String work, Throwable failure, int tries) {
        return Failures.isTransient(failure)
                ? work + " still failed after " + tries + " tries: " + Failures.reason(failure)
                : work + " failed: " + Failures.reason(failure);
    }

    private static void log(DeadLetter letter, Throwable failure) {
        String line = "Delivery " + letter.request().delivery() + " of campaign " + letter.campaign() + " in "
                + letter.request().workspace() + " set aside as a dead letter, " + letter.reason();
        if (Failures.isTransient(failure)) {
            LOG.warn(line);
        } else {
            LOG.error(line);
        }
    }
}

package io.minicrm.domain.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a sender or a vendor reports about one delivery: its new status, the vendor's id for it and why it failed. */
@ValueObject
public record Receipt(
        DeliveryId delivery,
        DeliveryStatus status,
        Optional<String> vendorId,
        Optional<String> reason,
        Instant occurredAt) {

    /** The most receipts one vendor callback carries: one request's work stays bounded. */
    public static final int MAX_BATCH = 1_000;

    public static final String BATCH_RULE = "a callback carries at most " + MAX_BATCH + " receipts";

    public Receipt {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        vendorId = vendorId.map(String::strip).filter(id -> !id.isEmpty());
        reason = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (!status.isReported()) {
            throw new IllegalArgumentException("a receipt reports SENT, DELIVERED or FAILED, not " + status);
        }
    }

    /**
     * Why a vendor's receipt cannot be taken, each reason under {@code path}: what a vendor reports is kept as it is,
     * so it keeps to the limits of stored text and dates. Senders' own receipts are not checked, as they are not input.
     */
    public List<Violation> beyondLimits(String path) {
        List<Violation> violations = new ArrayList<>();
        vendorId.flatMap(TextLimits.VENDOR_ID::check)
                .ifPresent(why -> violations.add(new Violation(path + ".vendorId", why)));
        reason.flatMap(TextLimits.FAILURE_REASON::check)
                .ifPresent(why -> violations.add(new Violation(path + ".reason", why)));
        DateLimits.check(occurredAt).ifPresent(why -> violations.add(new Violation(path + ".occurredAt", why)));
        return violations;
    }
}

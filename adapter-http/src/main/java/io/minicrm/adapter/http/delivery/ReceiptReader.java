package io.minicrm.adapter.http.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.application.CrmException;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** Reads a batch of vendor receipts whole or not at all, refusing it with every unreadable field by its index. */
final class ReceiptReader {

    private ReceiptReader() {}

    static Mono<List<Receipt>> read(ReceiptBatchRequest batch) {
        if (batch.receipts() == null) {
            return CrmException.refuse(Problem.Invalid.of("receipts", "a callback carries a list of receipts"));
        }
        if (batch.receipts().size() > Receipt.MAX_BATCH) {
            return CrmException.refuse(Problem.Invalid.of("receipts", Receipt.BATCH_RULE));
        }
        List<Receipt> receipts = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int index = 0; index < batch.receipts().size(); index++) {
            read("receipts[" + index + "]", batch.receipts().get(index))
                    .peek(receipts::add)
                    .peekLeft(violations::addAll);
        }
        return violations.isEmpty() ? Mono.just(receipts) : CrmException.refuse(new Problem.Invalid(violations));
    }

    private static Either<List<Problem.Violation>, Receipt> read(String path, ReceiptRequest receipt) {
        if (receipt == null) {
            return Either.left(List.of(new Problem.Violation(path, "a receipt cannot be null")));
        }
        Either<Problem.Invalid, DeliveryId> delivery =
                Parameters.required(path + ".deliveryId", receipt.deliveryId()).map(DeliveryId::new);
        Either<Problem.Invalid, DeliveryStatus> status = Parameters.choice(
                        DeliveryStatus.class, path + ".status", receipt.status())
                .filterOrElse(
                        DeliveryStatus::isReported,
                        unreported -> Problem.Invalid.of(
                                path + ".status", "a receipt reports SENT, DELIVERED or FAILED, never " + unreported));
        Either<Problem.Invalid, Instant> occurredAt = Parameters.instant(path + ".occurredAt", receipt.occurredAt());
        List<Problem.Violation> violations = Parameters.violations(Stream.of(delivery, status, occurredAt));
        return violations.isEmpty()
                ? Either.right(new Receipt(
                        delivery.get(),
                        status.get(),
                        Optional.ofNullable(receipt.vendorId()),
                        Optional.ofNullable(receipt.reason()),
                        occurredAt.get()))
                : Either.left(violations);
    }
}

package io.minicrm.application.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.shared.Money;

/**
 * The figures a shop already has for a customer (total spend, visits, last order), which may cover orders this
 * workspace never sees. They replace the figures they name; orders recorded afterwards add to them.
 */
record Baseline(Optional<BigDecimal> totalSpend, Optional<Integer> visits, Optional<Instant> lastOrderAt) {

    /**
     * The history with the named figures replaced. Visits never drop below the orders already counted one by one, and
     * the first order time, which files do not give, is taken as the last until an earlier order is recorded.
     */
    PurchaseHistory applyTo(PurchaseHistory known) {
        Money spend = totalSpend
                .map(amount -> new Money(amount, known.totalSpend().currency()))
                .orElse(known.totalSpend());
        int count = Math.max(
                visits.orElse(known.orderCount()), known.countedOrders().size());
        Optional<Instant> last = lastOrderAt.or(known::lastOrderAt);
        Optional<Instant> first = known.firstOrderAt()
                .filter(earliest -> !earliest.isAfter(last.orElseThrow()))
                .or(() -> last);
        return new PurchaseHistory(spend, count, first, last, known.countedOrders());
    }
}

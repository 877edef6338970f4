package io.minicrm.domain.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.shared.Money;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** One line of an order: what was bought, how many, at what unit price. */
@ValueObject
public record OrderItem(String name, int quantity, Money unitPrice) {

    public OrderItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        name = name.strip();
        if (name.isEmpty() || quantity < 1 || unitPrice.isNegative()) {
            throw new IllegalArgumentException(
                    "an order item needs a name, a quantity of at least 1 and a price of at least 0");
        }
        TextLimits.ITEM_NAME
                .check(name)
                .or(() -> NumberLimits.check(unitPrice.amount()))
                .ifPresent(reason -> {
                    throw new IllegalArgumentException(reason);
                });
    }

    /** The item a caller described, or every reason it is not one, each under {@code path} ({@code items[2].name}). */
    public static Either<Problem.Invalid, OrderItem> of(
            String path, @Nullable String name, int quantity, @Nullable BigDecimal unitPrice, Currency currency) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation(path + ".name", "an item needs a name"));
        } else {
            TextLimits.ITEM_NAME
                    .check(name.strip())
                    .ifPresent(reason -> violations.add(new Violation(path + ".name", reason)));
        }
        if (quantity < 1) {
            violations.add(new Violation(path + ".quantity", "buy at least 1, not " + quantity));
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            violations.add(new Violation(path + ".unitPrice", "an item needs a unit price of 0 or more"));
        } else {
            NumberLimits.check(unitPrice)
                    .ifPresent(reason -> violations.add(new Violation(path + ".unitPrice", reason)));
        }
        // Without a name or a price, a violation says so: the list is not empty.
        if (name == null || unitPrice == null || !violations.isEmpty()) {
            return Either.left(new Problem.Invalid(violations));
        }
        return Either.right(new OrderItem(name, quantity, new Money(unitPrice, currency)));
    }
}

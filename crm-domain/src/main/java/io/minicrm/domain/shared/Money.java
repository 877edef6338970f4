package io.minicrm.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount in one currency; equal amounts are equal whatever their scale ({@code 10.0 == 10.00}).
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Checked before normalising, which would write out an amount such as 1e100000000 digit by digit.
        if (amount.signum() != 0 && amount.precision() - amount.scale() > NumberLimits.STORABLE_WHOLE_DIGITS) {
            throw new IllegalArgumentException("an amount has at most " + NumberLimits.STORABLE_WHOLE_DIGITS
                    + " digits before the decimal point, not " + (amount.precision() - amount.scale()));
        }
        amount = normalise(amount);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other);
        }
    }

    /** Strips trailing zeros so that records compare by value, but never to a negative scale (1E+3). */
    static BigDecimal normalise(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

package io.minicrm.domain.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The size of every number the engine keeps (amounts, prices, numeric attributes), declared once so that JSON and CSV
 * refuse alike and every store can hold what is accepted (Decimal128 keeps 34 digits).
 */
public final class NumberLimits {

    public static final int WHOLE_DIGITS = 18;
    public static final int FRACTION_DIGITS = 12;
    /** Sums (a customer's total spend) may outgrow what one value may be, up to what a store keeps. */
    public static final int STORABLE_WHOLE_DIGITS = 34;

    public static final String RULE = "a number has at most " + WHOLE_DIGITS + " digits before the decimal point and "
            + FRACTION_DIGITS + " after it";

    private NumberLimits() {}

    /**
     * Why the number cannot be kept, if it cannot. Reads only its precision and scale, so {@code 1e100000000} is
     * refused at once rather than written out in full.
     */
    public static Optional<String> check(BigDecimal number) {
        if (number.signum() == 0) {
            return Optional.empty();
        }
        boolean tooLarge = number.precision() - number.scale() > WHOLE_DIGITS;
        boolean tooFine =
                number.scale() > FRACTION_DIGITS && number.stripTrailingZeros().scale() > FRACTION_DIGITS;
        return tooLarge || tooFine ? Optional.of(RULE) : Optional.empty();
    }
}

package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a decimal operand bounds a whole-number field (order count, days since the last order): rounded down or up to a
 * long, saturating at the long's limits, which no count reaches. Evaluators and query translators share it, so that
 * they round alike.
 */
public final class WholeBounds {

    private WholeBounds() {}

    public static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }

    public static long floor(BigDecimal number) {
        return saturated(number.setScale(0, RoundingMode.FLOOR));
    }

    public static long ceiling(BigDecimal number) {
        return saturated(number.setScale(0, RoundingMode.CEILING));
    }

    private static long saturated(BigDecimal whole) {
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? Long.MIN_VALUE : whole.longValueExact();
    }
}

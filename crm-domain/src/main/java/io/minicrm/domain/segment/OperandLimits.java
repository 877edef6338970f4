package io.minicrm.domain.segment;

import java.util.Optional;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.None;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits;

/**
 * Numbers, dates and text in a rule keep to the limits of the values they are compared with, so that every store can
 * hold the operand it is asked to compare (MongoDB keeps decimals in 34 digits).
 */
final class OperandLimits {

    private OperandLimits() {
    }

    /** Why a single operand is beyond its limit, if it is; lists and ranges are checked item by item by their callers. */
    static Optional<String> check(Value value) {
        return switch (value) {
            case Decimal(var number) -> NumberLimits.check(number);
            case Day(var date) -> DateLimits.check(date);
            case Text(String text) -> TextLimits.RULE_TEXT.check(text);
            case None none -> Optional.empty();
            case Flag flag -> Optional.empty();
            case DaysAgo daysAgo -> Optional.empty();
            case Many many -> Optional.empty();
            case Range range -> Optional.empty();
        };
    }
}

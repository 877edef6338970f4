package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** The operand of a condition: what a field is compared with. */
@ValueObject
public sealed interface Value {

    /** The operand of {@code is set}, which compares with nothing. */
    None NONE = new None();

    /** The most values one list (the operand of {@code in}, {@code has any}, {@code has all}) holds. */
    int MAX_ITEMS = 1_000;

    String ITEMS_RULE = "a list in a rule has at most " + MAX_ITEMS + " values";

    static Decimal number(String digits) {
        return new Decimal(new BigDecimal(digits));
    }

    static Decimal number(long number) {
        return new Decimal(BigDecimal.valueOf(number));
    }

    static Text text(String text) {
        return new Text(text);
    }

    record None() implements Value {}

    /** A number or an amount of money, compared by value whatever its scale. */
    record Decimal(BigDecimal number) implements Value {
        public Decimal {
            BigDecimal stripped = number.stripTrailingZeros();
            number = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /** Text, compared without regard to case. */
    record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Flag(boolean flag) implements Value {}

    /** A calendar day in the workspace's time zone. */
    record Day(LocalDate date) implements Value {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** The calendar day that was {@code days} days before today when the rule is evaluated. */
    record DaysAgo(int days) implements Value {
        public DaysAgo {
            if (days < 0) {
                throw new IllegalArgumentException("days ago cannot be negative: " + days);
            }
        }
    }

    /** The operand of {@code in}, {@code has any} and {@code has all}. */
    record Many(List<Value> items) implements Value {
        public Many {
            items = List.copyOf(items);
        }
    }

    /** The operand of {@code between}: both ends included. */
    record Range(Value from, Value to) implements Value {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}

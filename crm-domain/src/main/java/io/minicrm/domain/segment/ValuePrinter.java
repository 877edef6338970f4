package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.None;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;

/** Writes the operand of a condition as the rule text spells it. */
final class ValuePrinter {

    private ValuePrinter() {}

    static String print(Value value) {
        return switch (value) {
            case None none -> ""; // the operand of "is set", which prints none
            case Decimal(BigDecimal number) -> number.toPlainString();
            case Text(String text) -> quoted(text);
            case Flag(boolean flag) -> String.valueOf(flag);
            case Day(LocalDate date) -> date.toString();
            case DaysAgo(int days) -> days(days) + " ago";
            case Many(List<Value> items) ->
                items.stream().map(ValuePrinter::print).collect(Collectors.joining(", ", "(", ")"));
            case Range(Value from, Value to) -> print(from) + " and " + print(to);
        };
    }

    static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** Escapes what would end the string or be invisible, and lone surrogates, which no encoding keeps. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints()
                .forEach(c -> quoted.append(
                        switch (c) {
                            case '"' -> "\\\"";
                            case '\\' -> "\\\\";
                            case '\n' -> "\\n";
                            case '\r' -> "\\r";
                            case '\t' -> "\\t";
                            default ->
                                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                                        ? "\\u%04x".formatted(c)
                                        : Character.toString(c);
                        }));
        return quoted.append('"').toString();
    }
}

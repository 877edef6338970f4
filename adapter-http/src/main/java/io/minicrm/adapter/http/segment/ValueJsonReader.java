package io.minicrm.adapter.http.segment;

import static io.minicrm.adapter.http.segment.RuleJson.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.Problem;

/** Reads the value of a condition from JSON, noting a malformed one by its path. */
final class ValueJsonReader {

    private static final String SHAPES =
            "a value is a number, text, true/false, {\"date\":\"2026-01-31\"}, {\"daysAgo\":30}, "
                    + "a list of values or {\"from\":…,\"to\":…}";

    private final List<Problem.Violation> violations;

    ValueJsonReader(List<Problem.Violation> violations) {
        this.violations = violations;
    }

    Value read(Object json, String path) {
        return switch (json) {
            case Double number when number.isInfinite() || number.isNaN() -> malformed(path, NumberLimits.RULE);
            case Double number -> new Value.Decimal(BigDecimal.valueOf(number));
            case Number number -> new Value.Decimal(new BigDecimal(number.toString()));
            case String text -> new Value.Text(text);
            case Boolean flag -> new Value.Flag(flag);
            case List<?> items when items.size() > Value.MAX_ITEMS -> malformed(path, Value.ITEMS_RULE);
            case List<?> items ->
                new Value.Many(IntStream.range(0, items.size())
                        .mapToObj(i -> read(items.get(i), path + "[" + i + "]"))
                        .toList());
            case Map<?, ?> object -> object(object, path);
            case null, default -> malformed(path, SHAPES);
        };
    }

    /** Notes the problem; the {@code NONE} returned only stands in so that reading can go on. */
    Value malformed(String path, String message) {
        violations.add(new Problem.Violation(path, message));
        return Value.NONE;
    }

    private Value object(Map<?, ?> object, String path) {
        Set<?> keys = object.keySet();
        if (keys.equals(Set.of(ValueJson.DATE))) {
            return day(object.get(ValueJson.DATE), step(path, ValueJson.DATE));
        }
        if (keys.equals(Set.of(ValueJson.DAYS_AGO))) {
            return daysAgo(object.get(ValueJson.DAYS_AGO), step(path, ValueJson.DAYS_AGO));
        }
        if (keys.equals(Set.of(ValueJson.FROM, ValueJson.TO))) {
            return new Value.Range(
                    read(object.get(ValueJson.FROM), step(path, ValueJson.FROM)),
                    read(object.get(ValueJson.TO), step(path, ValueJson.TO)));
        }
        return malformed(path, SHAPES);
    }

    private Value day(Object json, String path) {
        try {
            return json instanceof String date
                    ? new Value.Day(LocalDate.parse(date))
                    : malformed(path, "a date is text");
        } catch (DateTimeParseException notADate) {
            return malformed(
                    path, "'" + Parameters.echoed(String.valueOf(json)) + "' is not a date written YYYY-MM-DD");
        }
    }

    private Value daysAgo(Object json, String path) {
        try {
            int days = switch (json) {
                case Double number when number.isInfinite() || number.isNaN() -> -1;
                case Number number -> new BigDecimal(number.toString()).intValueExact();
                case null, default -> -1;
            };
            return days >= 0 ? new Value.DaysAgo(days) : malformed(path, "days ago is a whole number, 0 or more");
        } catch (ArithmeticException notWhole) {
            return malformed(path, "days ago is a whole number, 0 or more");
        }
    }
}

package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.None;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;

/** Which operand each operator takes on each field type, and why a condition's operand does not fit. */
final class ConditionTyping {

    /** A hundred years: further back than any customer record goes. */
    static final int MAX_DAYS_AGO = 36_500;
    /** How much of a wrong text a refusal repeats. */
    private static final int ECHOED = 60;

    private ConditionTyping() {}

    static List<String> problems(Condition condition, FieldType type) {
        String field = condition.field();
        Operator operator = condition.operator();
        if (!type.allows(operator)) {
            return List.of("'" + operator.code() + "' does not apply to " + field + " (" + describe(type)
                    + "); use one of "
                    + type.operators().stream().sorted().map(Operator::code).collect(Collectors.joining(", ")));
        }
        Value value = condition.value();
        List<String> problems = new ArrayList<>();
        switch (operator) {
            case IS_SET -> expect(value instanceof None, field + " is set takes no value", problems);
            case EQ, NE, LT, LE, GT, GE, BEFORE, AFTER -> expectScalar(value, type, field, problems);
            case WITHIN_LAST, MORE_THAN_AGO -> expectDaysAgo(value, field, problems);
            case CONTAINS, STARTS_WITH ->
                expect(
                        value instanceof Text(String text) && !text.isEmpty(),
                        field + " " + operator.code() + " needs non-empty text",
                        problems);
            case BETWEEN -> expectRange(value, type, field, problems);
            case IN, HAS_ANY, HAS_ALL -> expectList(value, type, field + " " + operator.code(), problems);
        }
        return problems;
    }

    private static void expectScalar(Value value, FieldType type, String field, List<String> problems) {
        if (!fits(value, type)) {
            problems.add(field + " is compared with " + describe(type) + ", not " + describe(value));
        } else if (value instanceof DaysAgo(int days) && days > MAX_DAYS_AGO) {
            problems.add(field + ": " + days + " days ago is further back than " + MAX_DAYS_AGO + " days");
        } else if (value instanceof Day(var date) && (date.getYear() < 1 || date.getYear() > 9999)) {
            problems.add(field + ": the date " + date + " is outside the years 1 to 9999");
        }
    }

    private static void expectDaysAgo(Value value, String field, List<String> problems) {
        if (value instanceof DaysAgo(int days)) {
            expect(days <= MAX_DAYS_AGO, field + ": " + days + " days is more than " + MAX_DAYS_AGO, problems);
        } else {
            problems.add(field + " needs a number of days, not " + describe(value));
        }
    }

    private static void expectRange(Value value, FieldType type, String field, List<String> problems) {
        if (!(value instanceof Range(Value from, Value to))) {
            problems.add(field + " between needs two values, not " + describe(value));
            return;
        }
        expectScalar(from, type, field, problems);
        expectScalar(to, type, field, problems);
        if (problems.isEmpty() && isDescending(from, to)) {
            problems.add(field + " between: the first value must not be greater than the second");
        }
    }

    private static void expectList(Value value, FieldType type, String what, List<String> problems) {
        if (!(value instanceof Many(List<Value> items)) || items.isEmpty()) {
            problems.add(what + " needs a non-empty list of values");
            return;
        }
        FieldType itemType = type == FieldType.TAGS ? FieldType.TEXT : type;
        for (int i = 0; i < items.size(); i++) {
            if (!fits(items.get(i), itemType) || items.get(i) instanceof DaysAgo) {
                problems.add(what + ": item " + (i + 1) + " is " + describe(items.get(i)) + ", expected "
                        + describe(itemType));
            }
        }
    }

    private static boolean isDescending(Value from, Value to) {
        return switch (from) {
            case Decimal(var low) when to instanceof Decimal(var high) -> low.compareTo(high) > 0;
            case Day(var low) when to instanceof Day(var high) -> low.isAfter(high);
            case DaysAgo(int low) when to instanceof DaysAgo(int high) -> low < high;
            default -> false;
        };
    }

    private static boolean fits(Value value, FieldType type) {
        return switch (type) {
            case NUMBER, MONEY -> value instanceof Decimal;
            case TEXT, TAGS -> value instanceof Text;
            case BOOLEAN -> value instanceof Flag;
            case DATETIME -> value instanceof Day || value instanceof DaysAgo;
        };
    }

    private static void expect(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case NUMBER -> "a number";
            case MONEY -> "an amount of money";
            case TEXT -> "text";
            case DATETIME -> "a date";
            case TAGS -> "a set of tags";
            case BOOLEAN -> "true or false";
        };
    }

    private static String abbreviated(String text) {
        return text.length() <= ECHOED ? text : text.substring(0, ECHOED) + "…";
    }

    private static String describe(Value value) {
        return switch (value) {
            case None none -> "no value";
            case Decimal decimal -> "the number " + decimal.number().toPlainString();
            case Text text -> "the text \"" + abbreviated(text.text()) + "\"";
            case Flag flag -> String.valueOf(flag.flag());
            case Day day -> "the date " + day.date();
            case DaysAgo daysAgo -> daysAgo.days() + " days ago";
            case Many many -> "a list";
            case Range range -> "a range";
        };
    }
}

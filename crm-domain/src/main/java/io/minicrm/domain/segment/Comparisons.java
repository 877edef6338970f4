package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;

/**
 * Builds the test a valid condition applies to a present field value. Text compares ignoring case, numbers by value
 * whatever their scale, date-times by the calendar day they fall on in the workspace's zone.
 */
final class Comparisons {

    /** A test of a whole-number field (order count, days since the last order) that never boxes the number. */
    @FunctionalInterface
    interface WholeTest {
        boolean test(long number);
    }

    private final LocalDate today;
    private final ZoneId zone;

    Comparisons(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    Predicate<String> text(Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> text -> true;
            case EQ -> equalsIgnoringCase(((Text) value).text());
            case NE -> equalsIgnoringCase(((Text) value).text()).negate();
            case IN ->
                items(value).stream()
                        .map(item -> equalsIgnoringCase(((Text) item).text()))
                        .reduce(Predicate::or)
                        .orElseThrow();
            case STARTS_WITH -> {
                String prefix = ((Text) value).text();
                yield text -> text.regionMatches(true, 0, prefix, 0, prefix.length());
            }
            case CONTAINS -> {
                String part = ((Text) value).text();
                yield text -> containsIgnoringCase(text, part);
            }
            default -> throw unsupported(operator, "text");
        };
    }

    Predicate<BigDecimal> decimal(Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> number -> true;
            case EQ -> number -> number.compareTo(number(value)) == 0;
            case NE -> number -> number.compareTo(number(value)) != 0;
            case LT -> number -> number.compareTo(number(value)) < 0;
            case LE -> number -> number.compareTo(number(value)) <= 0;
            case GT -> number -> number.compareTo(number(value)) > 0;
            case GE -> number -> number.compareTo(number(value)) >= 0;
            case BETWEEN -> {
                Range range = (Range) value;
                BigDecimal from = number(range.from());
                BigDecimal to = number(range.to());
                yield number -> number.compareTo(from) >= 0 && number.compareTo(to) <= 0;
            }
            case IN -> {
                BigDecimal[] wanted =
                        items(value).stream().map(Comparisons::number).toArray(BigDecimal[]::new);
                yield number -> {
                    for (BigDecimal item : wanted) {
                        if (item.compareTo(number) == 0) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            default -> throw unsupported(operator, "a number");
        };
    }

    /** Compares whole numbers with decimal operands exactly: {@code n > 2.5} is {@code n > 2}, {@code n = 2.5} never holds. */
    WholeTest whole(Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> number -> true;
            case EQ -> equalsWhole(number(value));
            case NE -> {
                WholeTest equal = equalsWhole(number(value));
                yield number -> !equal.test(number);
            }
            case LT -> {
                long bound = WholeBounds.ceiling(number(value));
                yield number -> number < bound;
            }
            case LE -> {
                long bound = WholeBounds.floor(number(value));
                yield number -> number <= bound;
            }
            case GT -> {
                long bound = WholeBounds.floor(number(value));
                yield number -> number > bound;
            }
            case GE -> {
                long bound = WholeBounds.ceiling(number(value));
                yield number -> number >= bound;
            }
            case BETWEEN -> {
                Range range = (Range) value;
                long from = WholeBounds.ceiling(number(range.from()));
                long to = WholeBounds.floor(number(range.to()));
                yield number -> number >= from && number <= to;
            }
            case IN -> {
                long[] wanted = items(value).stream()
                        .map(Comparisons::number)
                        .filter(WholeBounds::isWhole)
                        .mapToLong(WholeBounds::floor)
                        .toArray();
                yield number -> contains(wanted, number);
            }
            default -> throw unsupported(operator, "a number");
        };
    }

    Predicate<Boolean> flag(Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> flag -> true;
            case EQ -> flag -> flag == ((Flag) value).flag();
            case NE -> flag -> flag != ((Flag) value).flag();
            default -> throw unsupported(operator, "true or false");
        };
    }

    /** Date-time tests reduce to comparisons with the first instants of calendar days, computed once. */
    Predicate<Instant> time(Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> instant -> true;
            case EQ -> between(day(value), day(value));
            case BEFORE, MORE_THAN_AGO -> {
                Instant start = startOf(day(value));
                yield instant -> instant.isBefore(start);
            }
            case AFTER -> {
                Instant end = startOf(day(value).plusDays(1));
                yield instant -> !instant.isBefore(end);
            }
            case WITHIN_LAST -> {
                Instant start = startOf(day(value));
                yield instant -> !instant.isBefore(start);
            }
            case BETWEEN -> between(day(((Range) value).from()), day(((Range) value).to()));
            default -> throw unsupported(operator, "a date");
        };
    }

    private Predicate<Instant> between(LocalDate first, LocalDate last) {
        Instant start = startOf(first);
        Instant end = startOf(last.plusDays(1));
        return instant -> !instant.isBefore(start) && instant.isBefore(end);
    }

    private LocalDate day(Value value) {
        return switch (value) {
            case Day(LocalDate date) -> date;
            case DaysAgo(int days) -> today.minusDays(days);
            default -> throw new IllegalArgumentException("not a date: " + value);
        };
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static WholeTest equalsWhole(BigDecimal wanted) {
        if (!WholeBounds.isWhole(wanted)) {
            return number -> false;
        }
        long exact = WholeBounds.floor(wanted);
        return number -> number == exact;
    }

    private static Predicate<String> equalsIgnoringCase(String wanted) {
        return text -> text.equalsIgnoreCase(wanted);
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int start = 0; start <= text.length() - part.length(); start++) {
            if (text.regionMatches(true, start, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(long[] wanted, long number) {
        for (long item : wanted) {
            if (item == number) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(Value value) {
        return ((Decimal) value).number();
    }

    private static List<Value> items(Value value) {
        return ((Many) value).items();
    }

    private static IllegalArgumentException unsupported(Operator operator, String what) {
        return new IllegalArgumentException(
                "'" + operator.code() + "' cannot compare " + what + "; validate the rule first");
    }
}

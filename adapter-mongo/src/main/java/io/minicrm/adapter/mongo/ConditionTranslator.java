package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.CustomerCodec.ATTRIBUTES;
import static io.minicrm.adapter.mongo.CustomerCodec.FOLD;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.OptOuts;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.StandardField;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;
import io.minicrm.domain.segment.WholeBounds;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * Translates one valid condition into a filter on the customer document with the domain's meaning, absent values
 * included: every filter requires the field to be present with the declared type ({@code $ne} alone would match
 * customers without the field). Empty when the operand cannot be expressed exactly (a number beyond Decimal128, a day
 * beyond the calendar), so that the evaluator decides instead.
 */
final class ConditionTranslator {

    private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
    private static final long LAST_DAY = LocalDate.MAX.toEpochDay() - 1;

    private final FieldCatalogue catalogue;
    private final OptOuts optOuts;
    private final LocalDate today;
    private final ZoneId zone;

    ConditionTranslator(FieldCatalogue catalogue, OptOuts optOuts, LocalDate today, ZoneId zone) {
        this.catalogue = catalogue;
        this.optOuts = optOuts;
        this.today = today;
        this.zone = zone;
    }

    Optional<Bson> translate(Condition condition) {
        String field = condition.field();
        Operator operator = condition.operator();
        Value value = condition.value();
        if (field.startsWith(FieldCatalogue.ATTRIBUTE_PREFIX)) {
            String name = field.substring(FieldCatalogue.ATTRIBUTE_PREFIX.length());
            FieldType declared = catalogue.typeOf(field).orElseThrow();
            String path = ATTRIBUTES + "." + name;
            return switch (declared) {
                case TEXT -> Optional.of(text(FOLD + "." + ATTRIBUTES + "." + name, operator, value));
                case NUMBER -> decimal(path, Filters.type(path, "decimal"), operator, value);
                case BOOLEAN -> Optional.of(flag(path, operator, value));
                case DATETIME -> time(path + "." + CustomerCodec.MOMENT, operator, value);
                case MONEY, TAGS -> throw new IllegalArgumentException("attributes cannot be of type " + declared);
            };
        }
        return switch (StandardField.named(field).orElseThrow()) {
            case EMAIL -> Optional.of(text(FOLD + "." + CustomerCodec.EMAIL, operator, value));
            case NAME -> Optional.of(text(FOLD + "." + CustomerCodec.NAME, operator, value));
            case PHONE -> Optional.of(text(FOLD + "." + CustomerCodec.PHONE, operator, value));
            case CITY -> Optional.of(text(FOLD + "." + CustomerCodec.CITY, operator, value));
            case TAGS -> Optional.of(tags(operator, value));
            case CREATED_AT -> time(CustomerCodec.CREATED_AT, operator, value);
            case TOTAL_SPEND -> decimal(CustomerCodec.SPEND, Filters.exists(CustomerCodec.SPEND), operator, value);
            case ORDER_COUNT -> Optional.of(orderCount(operator, value));
            case FIRST_ORDER_AT -> time(CustomerCodec.FIRST_ORDER_AT, operator, value);
            case LAST_ORDER_AT -> time(CustomerCodec.LAST_ORDER_AT, operator, value);
            case DAYS_SINCE_LAST_ORDER -> Optional.of(daysSinceLastOrder(operator, value));
            case UNSUBSCRIBED -> Optional.of(unsubscribed(operator, value));
        };
    }

    /** Opt-outs match the stored address exactly, as the evaluator does: both are kept in normal form. */
    private Bson unsubscribed(Operator operator, Value value) {
        Bson optedOut = Filters.or(
                Filters.in(CustomerCodec.EMAIL, optOuts.emails()), Filters.in(CustomerCodec.PHONE, optOuts.phones()));
        return switch (operator) {
            // Every customer is opted out or not: the field is never absent, and every customer has an e-mail address.
            case IS_SET -> Filters.exists(CustomerCodec.EMAIL);
            case EQ -> ((Flag) value).flag() ? optedOut : Filters.nor(optedOut);
            case NE -> ((Flag) value).flag() ? Filters.nor(optedOut) : optedOut;
            default -> throw unsupported(operator);
        };
    }

    /** Text compares ignoring case on the folded copy, which exists only when the text does. */
    private static Bson text(String path, Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> Filters.exists(path);
            case EQ -> Filters.eq(path, folded(value));
            case NE -> Filters.and(Filters.exists(path), Filters.ne(path, folded(value)));
            case IN ->
                Filters.in(
                        path,
                        ((Many) value)
                                .items().stream()
                                        .map(ConditionTranslator::folded)
                                        .toList());
            case STARTS_WITH -> Filters.regex(path, "^" + TextFold.literalPattern(folded(value)));
            case CONTAINS -> Filters.regex(path, TextFold.literalPattern(folded(value)));
            default -> throw unsupported(operator);
        };
    }

    private static Optional<Bson> decimal(String path, Bson present, Operator operator, Value value) {
        try {
            return Optional.of(
                    switch (operator) {
                        case IS_SET -> present;
                        case EQ -> Filters.eq(path, exact(value));
                        case NE -> Filters.and(present, Filters.ne(path, exact(value)));
                        case LT -> Filters.lt(path, exact(value));
                        case LE -> Filters.lte(path, exact(value));
                        case GT -> Filters.gt(path, exact(value));
                        case GE -> Filters.gte(path, exact(value));
                        case BETWEEN ->
                            Filters.and(
                                    Filters.gte(path, exact(((Range) value).from())),
                                    Filters.lte(path, exact(((Range) value).to())));
                        case IN ->
                            Filters.in(
                                    path,
                                    ((Many) value)
                                            .items().stream()
                                                    .map(ConditionTranslator::exact)
                                                    .toList());
                        default -> throw unsupported(operator);
                    });
        } catch (Inexpressible inexpressible) {
            return Optional.empty();
        }
    }

    /** Order counts are whole numbers: bounds are rounded the way the evaluator rounds them. */
    private static Bson orderCount(Operator operator, Value value) {
        String path = CustomerCodec.ORDERS;
        return switch (operator) {
            case IS_SET -> Filters.exists(path);
            case EQ ->
                WholeBounds.isWhole(number(value))
                        ? Filters.eq(path, WholeBounds.floor(number(value)))
                        : Pushdown.NO_ONE.filter();
            case NE ->
                WholeBounds.isWhole(number(value))
                        ? Filters.ne(path, WholeBounds.floor(number(value)))
                        : Filters.exists(path);
            case LT -> Filters.lt(path, WholeBounds.ceiling(number(value)));
            case LE -> Filters.lte(path, WholeBounds.floor(number(value)));
            case GT -> Filters.gt(path, WholeBounds.floor(number(value)));
            case GE -> Filters.gte(path, WholeBounds.ceiling(number(value)));
            case BETWEEN ->
                Filters.and(
                        Filters.gte(path, WholeBounds.ceiling(number(((Range) value).from()))),
                        Filters.lte(path, WholeBounds.floor(number(((Range) value).to()))));
            case IN ->
                Filters.in(
                        path,
                        ((Many) value)
                                .items().stream()
                                        .map(ConditionTranslator::number)
                                        .filter(WholeBounds::isWhole)
                                        .map(WholeBounds::floor)
                                        .toList());
            default -> throw unsupported(operator);
        };
    }

    /**
     * Days since the last order is today's calendar day minus the last order's: a bound on it is a bound on the day the
     * last order fell on, which is a bound on the stored instant at the start of a day. Bounds are computed with
     * saturation, as the evaluator's are; a day beyond the calendar is before or after every stored instant.
     */
    private Bson daysSinceLastOrder(Operator operator, Value value) {
        String path = CustomerCodec.LAST_ORDER_AT;
        long today = this.today.toEpochDay();
        return switch (operator) {
            case IS_SET -> Filters.exists(path);
            case EQ ->
                WholeBounds.isWhole(number(value))
                        ? onDay(path, minus(today, WholeBounds.floor(number(value))))
                        : Pushdown.NO_ONE.filter();
            case NE ->
                WholeBounds.isWhole(number(value))
                        ? Filters.and(
                                Filters.exists(path),
                                Filters.nor(onDay(path, minus(today, WholeBounds.floor(number(value))))))
                        : Filters.exists(path);
            case LT -> fromDay(path, minus(today, minus(WholeBounds.ceiling(number(value)), 1)));
            case LE -> fromDay(path, minus(today, WholeBounds.floor(number(value))));
            case GT -> beforeDay(path, minus(today, WholeBounds.floor(number(value))));
            case GE -> beforeDay(path, minus(today, minus(WholeBounds.ceiling(number(value)), 1)));
            case BETWEEN ->
                Filters.and(
                        fromDay(path, minus(today, WholeBounds.floor(number(((Range) value).to())))),
                        beforeDay(path, minus(today, minus(WholeBounds.ceiling(number(((Range) value).from())), 1))));
            case IN -> {
                List<Bson> days = new ArrayList<>();
                for (Value item : ((Many) value).items()) {
                    if (WholeBounds.isWhole(number(item))) {
                        days.add(onDay(path, minus(today, WholeBounds.floor(number(item)))));
                    }
                }
                yield days.isEmpty() ? Pushdown.NO_ONE.filter() : Filters.or(days);
            }
            default -> throw unsupported(operator);
        };
    }

    private Bson onDay(String path, long epochDay) {
        return Filters.and(fromDay(path, epochDay), beforeDay(path, minus(epochDay, -1)));
    }

    /** On or after the day: everyone with the field for a day before the calendar, no one for a day after it. */
    private Bson fromDay(String path, long epochDay) {
        if (epochDay < FIRST_DAY) {
            return Filters.exists(path);
        }
        return epochDay > LAST_DAY
                ? Pushdown.NO_ONE.filter()
                : Filters.gte(path, startOf(LocalDate.ofEpochDay(epochDay)));
    }

    private Bson beforeDay(String path, long epochDay) {
        if (epochDay < FIRST_DAY) {
            return Pushdown.NO_ONE.filter();
        }
        return epochDay > LAST_DAY ? Filters.exists(path) : Filters.lt(path, startOf(LocalDate.ofEpochDay(epochDay)));
    }

    private static long minus(long a, long b) {
        long difference = a - b;
        // Overflow happened when the operands' signs differ and the result's sign is not a's.
        if (((a ^ b) & (a ^ difference)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return difference;
    }

    /** Date-times compare by the calendar day they fall on in the zone: against the first instants of days. */
    private Optional<Bson> time(String path, Operator operator, Value value) {
        try {
            return Optional.of(
                    switch (operator) {
                        case IS_SET -> Filters.exists(path);
                        case EQ ->
                            Filters.and(
                                    Filters.gte(path, startOf(day(value))),
                                    Filters.lt(path, startOf(day(value).plusDays(1))));
                        case BEFORE, MORE_THAN_AGO -> Filters.lt(path, startOf(day(value)));
                        case AFTER -> Filters.gte(path, startOf(day(value).plusDays(1)));
                        case WITHIN_LAST -> Filters.gte(path, startOf(day(value)));
                        case BETWEEN ->
                            Filters.and(
                                    Filters.gte(path, startOf(day(((Range) value).from()))),
                                    Filters.lt(
                                            path,
                                            startOf(day(((Range) value).to()).plusDays(1))));
                        default -> throw unsupported(operator);
                    });
        } catch (ArithmeticException | DateTimeException beyondTheCalendar) {
            return Optional.empty();
        }
    }

    private static Bson flag(String path, Operator operator, Value value) {
        return switch (operator) {
            case IS_SET -> Filters.type(path, "bool");
            case EQ -> Filters.eq(path, ((Flag) value).flag());
            case NE -> Filters.eq(path, !((Flag) value).flag());
            default -> throw unsupported(operator);
        };
    }

    /** Tags are stored trimmed and in lower case, so the wanted ones are normalised the same way. */
    private static Bson tags(Operator operator, Value value) {
        String path = CustomerCodec.TAGS;
        if (operator == Operator.IS_SET) {
            return Filters.exists(path + ".0");
        }
        List<String> wanted = ((Many) value)
                .items().stream()
                        .map(item -> ((Text) item).text().strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        return operator == Operator.HAS_ALL ? Filters.all(path, wanted) : Filters.in(path, wanted);
    }

    private LocalDate day(Value value) {
        return switch (value) {
            case Day(LocalDate date) -> date;
            case DaysAgo(int days) -> today.minusDays(days);
            default -> throw new IllegalArgumentException("not a date: " + value);
        };
    }

    private Decimal128 startOf(LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        return Bsons.instant(start);
    }

    private static String folded(Value value) {
        return TextFold.fold(((Text) value).text());
    }

    private static Decimal128 exact(Value value) {
        return Bsons.exactDecimal(number(value)).orElseThrow(Inexpressible::new);
    }

    private static BigDecimal number(Value value) {
        return ((Decimal) value).number();
    }

    private static IllegalArgumentException unsupported(Operator operator) {
        return new IllegalArgumentException(
                "'" + operator.code() + "' does not fit this field; validate the rule first");
    }

    /** An operand that has no exact MongoDB form. */
    private static final class Inexpressible extends RuntimeException {
        Inexpressible() {
            super(null, null, false, false);
        }
    }
}

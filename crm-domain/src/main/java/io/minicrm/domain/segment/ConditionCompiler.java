package io.minicrm.domain.segment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Text;
import org.jspecify.annotations.Nullable;

/** Turns one valid condition into a test that reads its field straight off the customer record. */
final class ConditionCompiler {

    private final FieldCatalogue catalogue;
    private final OptOuts optOuts;
    private final Comparisons comparisons;
    private final LocalDate today;

    ConditionCompiler(FieldCatalogue catalogue, OptOuts optOuts, Clock clock) {
        this.catalogue = catalogue;
        this.optOuts = optOuts;
        this.today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        this.comparisons = new Comparisons(today, clock.getZone());
    }

    CompiledRule compile(Condition condition) {
        String field = condition.field();
        if (field.startsWith(FieldCatalogue.ATTRIBUTE_PREFIX)) {
            return attribute(
                    field.substring(FieldCatalogue.ATTRIBUTE_PREFIX.length()), condition.operator(), condition.value());
        }
        Operator operator = condition.operator();
        Value value = condition.value();
        return switch (StandardField.named(field)
                .orElseThrow(() -> new IllegalArgumentException("unknown field " + field))) {
            case EMAIL -> present(customer -> customer.email().value(), comparisons.text(operator, value));
            case NAME -> present(customer -> customer.profile().name().orElse(null), comparisons.text(operator, value));
            case PHONE ->
                present(customer -> customer.profile().phone().orElse(null), comparisons.text(operator, value));
            case CITY -> present(customer -> customer.profile().city().orElse(null), comparisons.text(operator, value));
            case TAGS -> tags(operator, value);
            case CREATED_AT -> present(Customer::createdAt, comparisons.time(operator, value));
            case TOTAL_SPEND ->
                present(customer -> customer.purchases().totalSpend().amount(), comparisons.decimal(operator, value));
            case ORDER_COUNT -> {
                Comparisons.WholeTest test = comparisons.whole(operator, value);
                yield customer -> test.test(customer.purchases().orderCount());
            }
            case FIRST_ORDER_AT ->
                present(
                        customer -> customer.purchases().firstOrderAt().orElse(null),
                        comparisons.time(operator, value));
            case LAST_ORDER_AT ->
                present(customer -> customer.purchases().lastOrderAt().orElse(null), comparisons.time(operator, value));
            case DAYS_SINCE_LAST_ORDER -> daysSinceLastOrder(comparisons.whole(operator, value));
            case UNSUBSCRIBED -> {
                Predicate<Boolean> test = comparisons.flag(operator, value);
                yield customer -> test.test(optOuts.includes(customer));
            }
        };
    }

    private CompiledRule daysSinceLastOrder(Comparisons.WholeTest test) {
        long todayEpochDay = today.toEpochDay();
        return customer -> {
            Instant last = customer.purchases().lastOrderAt().orElse(null);
            return last != null
                    && test.test(todayEpochDay
                            - LocalDate.ofInstant(last, comparisons.zone()).toEpochDay());
        };
    }

    /** An attribute stored with another type than the catalogue declares counts as absent. */
    private CompiledRule attribute(String name, Operator operator, Value value) {
        FieldType declared = catalogue
                .typeOf(FieldCatalogue.ATTRIBUTE_PREFIX + name)
                .orElseThrow(() -> new IllegalArgumentException("undeclared attribute " + name));
        return switch (declared) {
            case TEXT ->
                present(
                        customer ->
                                customer.profile().attributes().get(name) instanceof AttributeValue.Text(String text)
                                        ? text
                                        : null,
                        comparisons.text(operator, value));
            case NUMBER ->
                present(
                        customer -> customer.profile().attributes().get(name)
                                        instanceof AttributeValue.Decimal(BigDecimal number)
                                ? number
                                : null,
                        comparisons.decimal(operator, value));
            case BOOLEAN ->
                present(
                        customer ->
                                customer.profile().attributes().get(name) instanceof AttributeValue.Flag(boolean flag)
                                        ? flag
                                        : null,
                        comparisons.flag(operator, value));
            case DATETIME ->
                present(
                        customer -> customer.profile().attributes().get(name)
                                        instanceof AttributeValue.Moment(Instant instant)
                                ? instant
                                : null,
                        comparisons.time(operator, value));
            case MONEY, TAGS -> throw new IllegalArgumentException("attributes cannot be of type " + declared);
        };
    }

    private static CompiledRule tags(Operator operator, Value value) {
        if (operator == Operator.IS_SET) {
            return customer -> !customer.profile().tags().isEmpty();
        }
        // Tags are stored trimmed and in lower case (see Profile), so the wanted ones are normalised the same way.
        String[] wanted = ((Many) value)
                .items().stream()
                        .map(item -> ((Text) item).text().strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toArray(String[]::new);
        return operator == Operator.HAS_ALL
                ? customer -> containsAll(customer.profile().tags(), wanted)
                : customer -> containsAny(customer.profile().tags(), wanted);
    }

    private static boolean containsAll(Set<String> tags, String[] wanted) {
        for (String tag : wanted) {
            if (!tags.contains(tag)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(Set<String> tags, String[] wanted) {
        for (String tag : wanted) {
            if (tags.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A value the customer does not have (null here, to spare an Optional per decision) fails every test. */
    private static <T> CompiledRule present(Function<Customer, @Nullable T> field, Predicate<T> test) {
        return customer -> {
            T value = field.apply(customer);
            return value != null && test.test(value);
        };
    }
}

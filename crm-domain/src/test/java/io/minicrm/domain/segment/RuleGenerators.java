package io.minicrm.domain.segment;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Well-typed rules over {@link #CATALOGUE}, drawn from small value domains so that they often match the customers
 * of {@link io.minicrm.domain.customer.CustomerGenerators}.
 */
public final class RuleGenerators {

    public static final FieldCatalogue CATALOGUE = FieldCatalogue.standard()
            .withAttribute("plan", FieldType.TEXT)
            .withAttribute("score", FieldType.NUMBER)
            .withAttribute("vip", FieldType.BOOLEAN)
            .withAttribute("renewal_at", FieldType.DATETIME);

    /** The day {@link io.minicrm.domain.customer.CustomerGenerators#CLOCK} shows in its time zone. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static final int DEPTH = 5;
    private static final int MAX_CHILDREN = 4;
    private static final int DAYS_AROUND_TODAY = 60;

    private static final List<String> FIELDS = Stream.concat(
                    Arrays.stream(StandardField.values()).map(StandardField::fieldName),
                    Stream.of("attr.plan", "attr.score", "attr.vip", "attr.renewal_at"))
            .toList();

    private static final List<String> AWKWARD_TEXT = List.of(
            "say \"hi\"", "C:\\tmp\\", "two\nlines", "tab\tand\rreturn", "bell\u0007", "Zürich", "पुणे", "smile 😀");
    private static final Map<String, List<String>> TEXT = Map.of(
            "email", List.of("asha@example.com", "ravi@shop.in"),
            "name", List.of("Asha Rao", "Ravi", "zoë"),
            "phone", List.of("+91 98200 00000", "98200 11111"),
            "city", List.of("Pune", "Delhi", "Mumbai", "pune"),
            "attr.plan", List.of("gold", "free", "GOLD"));
    private static final List<String> FRAGMENTS = List.of("Pu", "pu", "a", "an", "Ra", "@example", "+91", "gold", "ne");
    private static final List<String> TAGS = List.of("vip", "new", "churned", "gold");
    private static final List<String> ODD_NUMBERS =
            List.of("-2.5", "0.5", "2.5", "99.5", "100.00", "150.25", "123456789012345678.125");

    private RuleGenerators() {}

    /** Rules up to five levels deep, with empty and single-child {@code All}/{@code Any} among them. */
    public static Gen<Rule> rules() {
        return rules(DEPTH);
    }

    public static Gen<Condition> conditions() {
        return Generate.pick(FIELDS).flatMap(field -> {
            FieldType type = CATALOGUE.typeOf(field).orElseThrow();
            List<Operator> operators = type.operators().stream().sorted().toList();
            return Generate.pick(operators)
                    .flatMap(operator ->
                            value(field, type, operator).map(value -> new Condition(field, operator, value)));
        });
    }

    private static Gen<Rule> rules(int depth) {
        Gen<Rule> condition = conditions().map(Rule.class::cast);
        if (depth == 1) {
            return condition;
        }
        Gen<Rule> child = rules(depth - 1);
        Gen<List<Rule>> children = lists().of(child).ofSizeBetween(0, MAX_CHILDREN);
        return Generate.frequency(List.of(
                Pair.of(3, condition),
                Pair.of(2, children.map(Rule.All::new)),
                Pair.of(2, children.map(Rule.Any::new)),
                Pair.of(1, child.map(Rule.Not::new))));
    }

    private static Gen<Value> value(String field, FieldType type, Operator operator) {
        return switch (operator) {
            case IS_SET -> Generate.constant(Value.NONE);
            case EQ, NE, LT, LE, GT, GE, BEFORE, AFTER -> scalar(field, type);
            case BETWEEN -> scalar(field, type).zip(scalar(field, type), RuleGenerators::ascending);
            case IN, HAS_ANY, HAS_ALL ->
                lists().of(scalar(field, type)).ofSizeBetween(1, 3).map(Many::new);
            case CONTAINS, STARTS_WITH -> texts(FRAGMENTS);
            case WITHIN_LAST, MORE_THAN_AGO -> daysAgo();
        };
    }

    private static Gen<Value> scalar(String field, FieldType type) {
        return switch (type) {
            case NUMBER, MONEY -> decimals();
            case TEXT -> texts(TEXT.get(field));
            case TAGS -> Generate.pick(TAGS).<Value>map(Text::new);
            case BOOLEAN -> Generate.booleans().<Value>map(Flag::new);
            case DATETIME ->
                integers()
                        .between(-DAYS_AROUND_TODAY, DAYS_AROUND_TODAY)
                        .<Value>map(days -> new Day(TODAY.plusDays(days)))
                        .mix(daysAgo());
        };
    }

    /** Mostly the usual values, sometimes text the printer must escape or pass through untouched. */
    private static Gen<Value> texts(List<String> usual) {
        return Generate.pick(usual).mix(Generate.pick(AWKWARD_TEXT), 10).<Value>map(Text::new);
    }

    private static Gen<Value> decimals() {
        return Generate.frequency(List.of(
                Pair.of(3, integers().between(0, 5).<Value>map(Value::number)),
                Pair.of(2, integers().between(0, 200).<Value>map(Value::number)),
                Pair.of(1, Generate.pick(ODD_NUMBERS).<Value>map(Value::number))));
    }

    private static Gen<Value> daysAgo() {
        return integers().between(0, DAYS_AROUND_TODAY).<Value>map(DaysAgo::new);
    }

    /** Orders the ends the way the validator wants them: the earlier day, or the lower number, first. */
    private static Value ascending(Value from, Value to) {
        boolean descending = from instanceof Decimal(BigDecimal low)
                        && to instanceof Decimal(BigDecimal high)
                        && low.compareTo(high) > 0
                || from instanceof Day(LocalDate first) && to instanceof Day(LocalDate last) && first.isAfter(last)
                || from instanceof DaysAgo(int older) && to instanceof DaysAgo(int newer) && older < newer;
        return descending ? new Range(to, from) : new Range(from, to);
    }
}

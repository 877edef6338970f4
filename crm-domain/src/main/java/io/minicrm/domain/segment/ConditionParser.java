package io.minicrm.domain.segment;

import static io.minicrm.domain.segment.Operator.*;

import java.util.Set;
import java.util.regex.Pattern;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Token.Kind;
import io.vavr.control.Either;

/** Reads one condition: a field, an operator and the value the operator takes. */
final class ConditionParser {

    private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]*|attr\\.[A-Za-z][A-Za-z0-9_]*");
    /** Words of the grammar, which a field cannot be named (attributes can: their prefix sets them apart). */
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "not",
            "all",
            "any",
            "between",
            "in",
            "contains",
            "starts",
            "with",
            "is",
            "set",
            "before",
            "after",
            "within",
            "the",
            "last",
            "more",
            "than",
            "day",
            "days",
            "ago",
            "has",
            "true",
            "false");

    private static final String OPERATOR =
            "an operator (=, !=, <, <=, >, >=, between, in, contains, starts with, is set,"
                    + " before, after, within the last, more than, has any, has all)";

    private final TokenStream tokens;
    private final ValueParser values;

    ConditionParser(TokenStream tokens) {
        this.tokens = tokens;
        this.values = new ValueParser(tokens);
    }

    Either<RuleSyntaxError, Rule> condition() {
        Token field = tokens.next();
        if (field.kind() != Kind.WORD || KEYWORDS.contains(field.spelling())) {
            return tokens.fail(field, "a condition");
        }
        if (!FIELD.matcher(field.text()).matches()) {
            return tokens.fail(field, "a field such as total_spend or attr.plan");
        }
        return operation(field.text());
    }

    private Either<RuleSyntaxError, Rule> operation(String field) {
        Token operator = tokens.next();
        return switch (operator.spelling()) {
            case "=" -> condition(field, EQ, values.value());
            case "!=" -> condition(field, NE, values.value());
            case "<" -> condition(field, LT, values.value());
            case "<=" -> condition(field, LE, values.value());
            case ">" -> condition(field, GT, values.value());
            case ">=" -> condition(field, GE, values.value());
            case "between" -> condition(field, BETWEEN, values.range());
            case "in" -> condition(field, IN, values.list());
            case "contains" -> condition(field, CONTAINS, values.text());
            case "starts" -> condition(field, STARTS_WITH, tokens.expect("with").flatMap(with -> values.text()));
            case "is" -> isSet(field);
            case "before" -> condition(field, BEFORE, values.date());
            case "after" -> condition(field, AFTER, values.date());
            case "within" ->
                condition(
                        field,
                        WITHIN_LAST,
                        tokens.expect("the")
                                .flatMap(the -> tokens.expect("last"))
                                .flatMap(last -> values.days()));
            case "more" -> condition(field, MORE_THAN_AGO, tokens.expect("than").flatMap(than -> values.daysAgo()));
            case "has" -> has(field);
            default -> tokens.fail(operator, OPERATOR);
        };
    }

    /** {@code is set}, or {@code is not set}: short for {@code not field is set}. */
    private Either<RuleSyntaxError, Rule> isSet(String field) {
        boolean negated = tokens.accept("not");
        Condition isSet = new Condition(field, IS_SET, Value.NONE);
        return tokens.expect("set").map(set -> negated ? new Rule.Not(isSet) : isSet);
    }

    private Either<RuleSyntaxError, Rule> has(String field) {
        Token quantifier = tokens.next();
        return switch (quantifier.spelling()) {
            case "any" -> condition(field, HAS_ANY, values.list());
            case "all" -> condition(field, HAS_ALL, values.list());
            default -> tokens.fail(quantifier, "'any' or 'all'");
        };
    }

    private static Either<RuleSyntaxError, Rule> condition(
            String field, Operator operator, Either<RuleSyntaxError, Value> value) {
        return value.map(operand -> new Condition(field, operator, operand));
    }
}

package io.minicrm.adapter.http.segment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.application.CrmException;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.StandardField;
import io.minicrm.domain.shared.Problem;

/**
 * The original system's form of a rule: a {@code logicType} (AND or OR) over a list of conditions
 * {@code {"field", "op", "value"}}, whose operators are symbols such as {@code >=}, whose fields may be {@code spend} and
 * {@code visits}, and whose numbers come as text typed into a form. Read into the rule tree every other form becomes.
 */
final class ConditionList {

    static final String LOGIC_TYPE = "logicType";
    static final String CONDITIONS = "conditions";

    private static final Map<String, String> OPERATORS =
            Map.of(">", "gt", ">=", "ge", "<", "lt", "<=", "le", "=", "eq", "==", "eq", "!=", "ne");
    private static final Map<String, String> FIELDS =
            Map.of("spend", StandardField.TOTAL_SPEND.fieldName(), "visits", StandardField.ORDER_COUNT.fieldName());
    private static final Pattern NUMBER = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*");
    // Validation names the nodes of the rule tree, whose root group holds the conditions in the order they came.
    private static final Pattern ROOT_GROUP = Pattern.compile("^(all|any)\\[");

    private ConditionList() {}

    /** Whether the request gives its rule in this form. */
    static boolean given(SegmentRequest request) {
        return request.logicType() != null || request.conditions() != null;
    }

    /** The rule the conditions make; a {@code CrmException} names every malformed part by its place in the request. */
    static Rule read(String logicType, List<Object> conditions) {
        RuleJsonReader reader = new RuleJsonReader();
        Optional<Boolean> every = every(logicType);
        if (every.isEmpty()) {
            reader.note(LOGIC_TYPE, "choose one of AND, OR, not '" + Parameters.echoed(logicType) + "'");
        }
        if (conditions == null || conditions.isEmpty()) {
            reader.note(CONDITIONS, "give at least one condition {\"field\", \"op\", \"value\"}");
        } else if (conditions.size() >= Rule.MAX_NODES) {
            // The group the conditions make is one node more.
            reader.note(CONDITIONS, Rule.SIZE_RULE);
            reader.refuseIfMalformed();
        }
        List<Rule> rules = conditions == null
                ? List.of()
                : IntStream.range(0, conditions.size())
                        .mapToObj(i -> reader.rule(translated(conditions.get(i)), CONDITIONS + "[" + i + "]", 2))
                        .toList();
        reader.refuseIfMalformed();
        return every.orElseThrow() ? new Rule.All(rules) : new Rule.Any(rules);
    }

    /** A refusal of the rule read from conditions, with the paths of its nodes renamed to the request's. */
    static Throwable inRequestTerms(Throwable error) {
        if (error instanceof CrmException refused && refused.problem() instanceof Problem.Invalid invalid) {
            return new CrmException(new Problem.Invalid(invalid.violations().stream()
                    .map(violation -> new Problem.Violation(
                            ROOT_GROUP.matcher(violation.path()).replaceFirst(CONDITIONS + "["), violation.message()))
                    .toList()));
        }
        return error;
    }

    private static Optional<Boolean> every(String logicType) {
        String type = logicType == null ? "AND" : logicType.strip().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "AND" -> Optional.of(true);
            case "OR" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Object translated(Object condition) {
        if (!(condition instanceof Map<?, ?> given)) {
            return condition;
        }
        Map<Object, Object> json = new HashMap<>(given);
        if (json.get(RuleJson.FIELD) instanceof String field) {
            json.put(RuleJson.FIELD, FIELDS.getOrDefault(field.strip(), field.strip()));
        }
        if (json.get(RuleJson.OP) instanceof String op) {
            json.put(RuleJson.OP, OPERATORS.getOrDefault(op.strip(), op.strip()));
        }
        if (json.get(RuleJson.VALUE) instanceof String text
                && NUMBER.matcher(text).matches()
                && numeric(json.get(RuleJson.FIELD))) {
            json.put(RuleJson.VALUE, new BigDecimal(text.strip()));
        }
        return json;
    }

    private static boolean numeric(Object field) {
        return field instanceof String name
                && StandardField.named(name)
                        .map(standard -> standard.type() == FieldType.NUMBER || standard.type() == FieldType.MONEY)
                        .orElse(false);
    }
}

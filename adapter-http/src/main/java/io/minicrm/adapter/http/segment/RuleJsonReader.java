package io.minicrm.adapter.http.segment;

import static io.minicrm.adapter.http.segment.RuleJson.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.CrmException;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.Value;
import io.minicrm.domain.shared.Problem;

/**
 * Reads the JSON form of a rule node by node, noting every malformed node by its path instead of stopping at the first;
 * a rule of more nodes than a rule may have is noted once and read no further.
 */
final class RuleJsonReader {

    // Stands in for a malformed node so that reading goes on and finds the other problems; never returned to a caller.
    private static final Rule MALFORMED = Rule.all();
    private static final List<String> GROUPS = List.of(RuleJson.ALL, RuleJson.ANY, RuleJson.NOT);
    private static final Set<String> CONDITION = Set.of(RuleJson.FIELD, RuleJson.OP, RuleJson.VALUE);
    private static final String OPERATORS =
            Arrays.stream(Operator.values()).map(Operator::code).collect(Collectors.joining(", "));

    private final List<Problem.Violation> violations = new ArrayList<>();
    private final ValueJsonReader values = new ValueJsonReader(violations);
    private int nodes;

    Rule rule(Object json, String path, int depth) {
        if (++nodes > Rule.MAX_NODES) {
            return nodes == Rule.MAX_NODES + 1 ? malformed(RulePath.ROOT, Rule.SIZE_RULE) : MALFORMED;
        }
        if (depth > Rule.MAX_DEPTH) {
            return malformed(path, Rule.DEPTH_RULE);
        }
        if (!(json instanceof Map<?, ?> node)) {
            return malformed(
                    path,
                    "a rule is an object: {\"all\":[…]}, {\"any\":[…]}, {\"not\":{…}} "
                            + "or {\"field\",\"op\",\"value\"}");
        }
        Optional<String> group = GROUPS.stream().filter(node::containsKey).findFirst();
        if (group.isEmpty()) {
            return condition(node, path);
        }
        if (node.size() > 1) {
            return malformed(path, "'" + group.get() + "' stands alone in its object");
        }
        String kind = group.get();
        if (kind.equals(RuleJson.NOT)) {
            return new Rule.Not(rule(node.get(kind), step(path, kind), depth + 1));
        }
        List<Rule> rules = children(node.get(kind), path, kind, depth);
        return kind.equals(RuleJson.ALL) ? new Rule.All(rules) : new Rule.Any(rules);
    }

    /** Notes a problem found outside the rule's nodes, so that it is refused together with theirs. */
    void note(String path, String message) {
        malformed(path, message);
    }

    void refuseIfMalformed() {
        if (!violations.isEmpty()) {
            throw new CrmException(new Problem.Invalid(violations));
        }
    }

    private List<Rule> children(Object json, String path, String kind, int depth) {
        if (!(json instanceof List<?> rules)) {
            malformed(step(path, kind), "'" + kind + "' holds a list of rules");
            return List.of();
        }
        return IntStream.range(0, rules.size())
                .mapToObj(i -> rule(rules.get(i), step(path, kind + "[" + i + "]"), depth + 1))
                .toList();
    }

    private Rule condition(Map<?, ?> node, String path) {
        node.keySet().stream()
                .filter(key -> !CONDITION.contains(key))
                .forEach(key -> malformed(
                        step(path, String.valueOf(key)),
                        "unknown property; a rule is all, any, not or a condition of field, op and value"));
        Optional<String> field = node.get(RuleJson.FIELD) instanceof String name ? Optional.of(name) : Optional.empty();
        Optional<Operator> operator =
                node.get(RuleJson.OP) instanceof String code ? Operator.ofCode(code) : Optional.empty();
        if (field.isEmpty()) {
            malformed(step(path, RuleJson.FIELD), "a condition names its field, such as \"total_spend\"");
        }
        if (operator.isEmpty()) {
            malformed(step(path, RuleJson.OP), "a condition's op is one of " + OPERATORS);
        }
        Value value = value(node, step(path, RuleJson.VALUE), operator);
        return field.isPresent() && operator.isPresent()
                ? new Rule.Condition(field.get(), operator.get(), value)
                : MALFORMED;
    }

    private Value value(Map<?, ?> node, String path, Optional<Operator> operator) {
        boolean given = node.containsKey(RuleJson.VALUE);
        if (operator.isEmpty() && !given) {
            return Value.NONE;
        }
        if (operator.filter(op -> op == Operator.IS_SET).isPresent()) {
            return given ? values.malformed(path, "is_set takes no value") : Value.NONE;
        }
        return given
                ? values.read(node.get(RuleJson.VALUE), path)
                : values.malformed(path, "'" + operator.orElseThrow().code() + "' needs a value");
    }

    private Rule malformed(String path, String message) {
        violations.add(new Problem.Violation(path, message));
        return MALFORMED;
    }
}

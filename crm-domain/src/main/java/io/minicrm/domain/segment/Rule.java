package io.minicrm.domain.segment;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who belongs to an audience: conditions on customer fields combined with AND ({@link All}), OR ({@link Any})
 * and NOT ({@link Not}). {@code All()} matches every customer and {@code Any()} matches none.
 */
@ValueObject
public sealed interface Rule {

    /** How deep rules may nest (the root is at depth 1); deeper rules are refused by the validator and the parser. */
    int MAX_DEPTH = 32;

    /**
     * How many nodes (conditions, {@code all}, {@code any} and {@code not}) one rule has at most: a preview counts the
     * audience of every node, so a rule's size bounds the work one request asks for.
     */
    int MAX_NODES = 200;

    String DEPTH_RULE = "rules may nest at most " + MAX_DEPTH + " levels deep";
    String SIZE_RULE = "a rule has at most " + MAX_NODES + " conditions, all, any and not in all";

    static All all(Rule... rules) {
        return new All(List.of(rules));
    }

    static Any any(Rule... rules) {
        return new Any(List.of(rules));
    }

    static Not not(Rule rule) {
        return new Not(rule);
    }

    static Condition when(String field, Operator operator, Value value) {
        return new Condition(field, operator, value);
    }

    /** Every child rule matches. */
    record All(List<Rule> rules) implements Rule {
        public All {
            rules = List.copyOf(rules);
        }
    }

    /** At least one child rule matches. */
    record Any(List<Rule> rules) implements Rule {
        public Any {
            rules = List.copyOf(rules);
        }
    }

    /** The child rule does not match. */
    record Not(Rule rule) implements Rule {
        public Not {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A test of one customer field, such as {@code total_spend > 5000}. */
    record Condition(String field, Operator operator, Value value) implements Rule {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }
}

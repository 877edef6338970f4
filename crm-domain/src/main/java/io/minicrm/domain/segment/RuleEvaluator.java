package io.minicrm.domain.segment;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * Decides which customers a rule matches. Relative dates ("30 days ago") count calendar days in the clock's time zone
 * back from the clock's today, taken when the rule is compiled.
 *
 * <p>A condition on a value the customer does not have (no city, no orders yet, an attribute missing or stored with
 * another type than declared) is false whatever its operator, {@code is set} included. {@code not} inverts the result,
 * so {@code not city = "Pune"} matches customers without a city while {@code city != "Pune"} does not.
 *
 * <p>{@code unsubscribed} is decided against the opt-outs the evaluator is given, none unless it is given some.
 */
public final class RuleEvaluator {

    private final FieldCatalogue catalogue;
    private final OptOuts optOuts;
    private final RuleValidator validator;
    private final Clock clock;

    public RuleEvaluator(FieldCatalogue catalogue, Clock clock) {
        this(catalogue, OptOuts.NONE, clock);
    }

    public RuleEvaluator(FieldCatalogue catalogue, OptOuts optOuts, Clock clock) {
        this.catalogue = catalogue;
        this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
        this.validator = new RuleValidator(catalogue);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Validates the rule and compiles it against today's date. */
    public Either<Problem, CompiledRule> compile(Rule rule) {
        return validator
                .validateTypes(rule)
                .map(valid -> compileValid(valid, new ConditionCompiler(catalogue, optOuts, clock)));
    }

    /** Validates the rule and readies it to count, node by node, how many customers each part of it matches. */
    public Either<Problem, RuleTally> tally(Rule rule) {
        return validator
                .validateTypes(rule)
                .map(valid -> RuleTally.of(valid, new ConditionCompiler(catalogue, optOuts, clock)));
    }

    /** Whether one customer matches; to test many customers, compile once instead. */
    public Either<Problem, Boolean> matches(Rule rule, Customer customer) {
        return compile(rule).map(compiled -> compiled.matches(customer));
    }

    private static CompiledRule compileValid(Rule rule, ConditionCompiler conditions) {
        return switch (rule) {
            case All(List<Rule> rules) -> allOf(compileEach(rules, conditions));
            case Any(List<Rule> rules) -> anyOf(compileEach(rules, conditions));
            case Not(Rule negated) -> {
                CompiledRule inner = compileValid(negated, conditions);
                yield customer -> !inner.matches(customer);
            }
            case Condition condition -> conditions.compile(condition);
        };
    }

    private static CompiledRule[] compileEach(List<Rule> rules, ConditionCompiler conditions) {
        return rules.stream().map(rule -> compileValid(rule, conditions)).toArray(CompiledRule[]::new);
    }

    private static CompiledRule allOf(CompiledRule[] parts) {
        return switch (parts.length) {
            case 0 -> customer -> true;
            case 1 -> parts[0];
            case 2 -> customer -> parts[0].matches(customer) && parts[1].matches(customer);
            default ->
                customer -> {
                    for (CompiledRule part : parts) {
                        if (!part.matches(customer)) {
                            return false;
                        }
                    }
                    return true;
                };
        };
    }

    private static CompiledRule anyOf(CompiledRule[] parts) {
        return switch (parts.length) {
            case 0 -> customer -> false;
            case 1 -> parts[0];
            case 2 -> customer -> parts[0].matches(customer) || parts[1].matches(customer);
            default ->
                customer -> {
                    for (CompiledRule part : parts) {
                        if (part.matches(customer)) {
                            return true;
                        }
                    }
                    return false;
                };
        };
    }
}

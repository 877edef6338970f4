package io.minicrm.domain.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/**
 * Refuses rules that cannot be evaluated against a workspace's fields, naming every offending node by its
 * {@link RulePath path}. A rule coming in is also held to the limits of input: at most {@link Rule#MAX_NODES} nodes,
 * refused as a whole before any node is looked at, and operands within the limits of what they are compared with.
 */
public final class RuleValidator {

    private final FieldCatalogue catalogue;

    public RuleValidator(FieldCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** Checks a rule as it comes in: its types and the limits of input. */
    public Either<Problem, Rule> validate(Rule rule) {
        if (isLargerThanAllowed(rule)) {
            return Either.left(Problem.Invalid.of(RulePath.ROOT, Rule.SIZE_RULE));
        }
        return validate(rule, true);
    }

    /** Checks only what evaluating the rule needs, so that a rule kept before a limit was set is still decided. */
    Either<Problem, Rule> validateTypes(Rule rule) {
        return validate(rule, false);
    }

    private Either<Problem, Rule> validate(Rule rule, boolean limits) {
        List<Violation> violations = new ArrayList<>();
        check(rule, RulePath.ROOT, 1, limits, violations);
        return violations.isEmpty() ? Either.right(rule) : Either.left(new Problem.Invalid(violations));
    }

    private void check(Rule rule, String path, int depth, boolean limits, List<Violation> violations) {
        if (depth > Rule.MAX_DEPTH) {
            violations.add(new Violation(path, Rule.DEPTH_RULE));
            return;
        }
        if (rule instanceof Condition condition) {
            checkCondition(condition, path, limits, violations);
        }
        RulePath.children(rule, path)
                .forEach(child -> check(child.rule(), child.path(), depth + 1, limits, violations));
    }

    /** Counts nodes no further than one past the limit, without recursion, so that no rule's shape can exhaust the stack. */
    private static boolean isLargerThanAllowed(Rule rule) {
        Deque<Rule> pending = new ArrayDeque<>();
        pending.push(rule);
        int counted = 0;
        while (!pending.isEmpty()) {
            if (++counted > Rule.MAX_NODES) {
                return true;
            }
            switch (pending.pop()) {
                case Rule.All all -> all.rules().forEach(pending::push);
                case Rule.Any any -> any.rules().forEach(pending::push);
                case Rule.Not not -> pending.push(not.rule());
                case Rule.Condition condition -> {}
            }
        }
        return false;
    }

    // A list beyond its size is not read item by item: a hundred thousand values would make as many reasons.
    private void checkCondition(Condition condition, String path, boolean limits, List<Violation> violations) {
        catalogue
                .typeOf(condition.field())
                .ifPresentOrElse(
                        type -> {
                            List<String> beyond = limits ? OperandLimits.problems(condition) : List.of();
                            (beyond.isEmpty() ? ConditionTyping.problems(condition, type) : beyond)
                                    .forEach(message -> violations.add(new Violation(path, message)));
                        },
                        () -> violations.add(new Violation(path, "unknown field '" + condition.field() + "'")));
    }
}

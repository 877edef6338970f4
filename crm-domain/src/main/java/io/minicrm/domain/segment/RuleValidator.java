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
 * {@link RulePath path}, and rules larger than {@link Rule#MAX_NODES} as a whole, before looking at any node.
 */
public final class RuleValidator {

    private final FieldCatalogue catalogue;

    public RuleValidator(FieldCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Either<Problem, Rule> validate(Rule rule) {
        if (isLargerThanAllowed(rule)) {
            return Either.left(Problem.Invalid.of(RulePath.ROOT, Rule.SIZE_RULE));
        }
        List<Violation> violations = new ArrayList<>();
        check(rule, RulePath.ROOT, 1, violations);
        return violations.isEmpty() ? Either.right(rule) : Either.left(new Problem.Invalid(violations));
    }

    private void check(Rule rule, String path, int depth, List<Violation> violations) {
        if (depth > Rule.MAX_DEPTH) {
            violations.add(new Violation(path, Rule.DEPTH_RULE));
            return;
        }
        if (rule instanceof Condition condition) {
            checkCondition(condition, path, violations);
        }
        RulePath.children(rule, path).forEach(child -> check(child.rule(), child.path(), depth + 1, violations));
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
                case Rule.Condition condition -> { }
            }
        }
        return false;
    }

    private void checkCondition(Condition condition, String path, List<Violation> violations) {
        catalogue.typeOf(condition.field()).ifPresentOrElse(
                type -> ConditionTyping.problems(condition, type)
                        .forEach(message -> violations.add(new Violation(path, message))),
                () -> violations.add(new Violation(path, "unknown field '" + condition.field() + "'")));
    }
}

package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/**
 * Refuses rules that cannot be evaluated against a workspace's fields, naming every offending node by its
 * {@link RulePath path}.
 */
public final class RuleValidator {

    private final FieldCatalogue catalogue;

    public RuleValidator(FieldCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Either<Problem, Rule> validate(Rule rule) {
        List<Violation> violations = new ArrayList<>();
        check(rule, RulePath.ROOT, 1, violations);
        return violations.isEmpty() ? Either.right(rule) : Either.left(new Problem.Invalid(violations));
    }

    private void check(Rule rule, String path, int depth, List<Violation> violations) {
        if (depth > Rule.MAX_DEPTH) {
            violations.add(new Violation(path, "rules may nest at most " + Rule.MAX_DEPTH + " levels deep"));
            return;
        }
        if (rule instanceof Condition condition) {
            checkCondition(condition, path, violations);
        }
        RulePath.children(rule, path).forEach(child -> check(child.rule(), child.path(), depth + 1, violations));
    }

    private void checkCondition(Condition condition, String path, List<Violation> violations) {
        catalogue.typeOf(condition.field()).ifPresentOrElse(
                type -> ConditionTyping.problems(condition, type)
                        .forEach(message -> violations.add(new Violation(path, message))),
                () -> violations.add(new Violation(path, "unknown field '" + condition.field() + "'")));
    }
}

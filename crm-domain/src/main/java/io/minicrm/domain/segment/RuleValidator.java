package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/**
 * Refuses rules that cannot be evaluated against a workspace's fields, naming every offending node by its path
 * ({@code any[1].all[0]}: the first child of the All that is the second child of the root Any).
 */
public final class RuleValidator {

    private final FieldCatalogue catalogue;

    public RuleValidator(FieldCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Either<Problem, Rule> validate(Rule rule) {
        List<Violation> violations = new ArrayList<>();
        check(rule, "", 1, violations);
        return violations.isEmpty() ? Either.right(rule) : Either.left(new Problem.Invalid(violations));
    }

    private void check(Rule rule, String path, int depth, List<Violation> violations) {
        if (depth > Rule.MAX_DEPTH) {
            violations.add(new Violation(path, "rules may nest at most " + Rule.MAX_DEPTH + " levels deep"));
            return;
        }
        switch (rule) {
            case All(List<Rule> rules) -> checkChildren(rules, path, "all", depth, violations);
            case Any(List<Rule> rules) -> checkChildren(rules, path, "any", depth, violations);
            case Not(Rule negated) -> check(negated, step(path, "not"), depth + 1, violations);
            case Condition condition -> checkCondition(condition, path, violations);
        }
    }

    private void checkChildren(List<Rule> rules, String path, String kind, int depth, List<Violation> violations) {
        for (int i = 0; i < rules.size(); i++) {
            check(rules.get(i), step(path, kind + "[" + i + "]"), depth + 1, violations);
        }
    }

    private void checkCondition(Condition condition, String path, List<Violation> violations) {
        catalogue.typeOf(condition.field()).ifPresentOrElse(
                type -> ConditionTyping.problems(condition, type)
                        .forEach(message -> violations.add(new Violation(path, message))),
                () -> violations.add(new Violation(path, "unknown field '" + condition.field() + "'")));
    }

    private static String step(String path, String next) {
        return path.isEmpty() ? next : path + "." + next;
    }
}

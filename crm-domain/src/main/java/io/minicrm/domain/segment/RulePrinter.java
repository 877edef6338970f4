package io.minicrm.domain.segment;

import java.util.List;
import java.util.stream.Collectors;

import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import io.minicrm.domain.segment.Value.DaysAgo;

/** Writes a rule in its canonical text form, which {@link RuleParser} reads back into the same rule. */
public final class RulePrinter {

    private RulePrinter() {}

    public static String print(Rule rule) {
        return switch (rule) {
            case All(List<Rule> rules) when rules.size() > 1 -> infix(rules, " and ");
            case Any(List<Rule> rules) when rules.size() > 1 -> infix(rules, " or ");
            case All(List<Rule> rules) -> group("all", rules);
            case Any(List<Rule> rules) -> group("any", rules);
            case Not(Condition condition)
            when condition.operator() == Operator.IS_SET -> condition.field() + " is not set";
            case Not(Rule negated) -> "not " + operand(negated);
            case Condition(String field, Operator operator, Value value) -> field + " " + operation(operator, value);
        };
    }

    private static String infix(List<Rule> rules, String operator) {
        return rules.stream().map(RulePrinter::operand).collect(Collectors.joining(operator));
    }

    /** Names a group of no or one rule, which would otherwise print as nothing or as that rule. */
    private static String group(String name, List<Rule> rules) {
        return rules.stream().map(RulePrinter::print).collect(Collectors.joining(", ", name + "(", ")"));
    }

    /** Parenthesises and/or so that the parser neither regroups it nor merges it into its parent. */
    private static String operand(Rule rule) {
        boolean infix = switch (rule) {
            case All(List<Rule> rules) -> rules.size() > 1;
            case Any(List<Rule> rules) -> rules.size() > 1;
            case Not(Rule negated) -> false;
            case Condition condition -> false;
        };
        return infix ? "(" + print(rule) + ")" : print(rule);
    }

    private static String operation(Operator operator, Value value) {
        String operand = ValuePrinter.print(value);
        return switch (operator) {
            case EQ -> "= " + operand;
            case NE -> "!= " + operand;
            case LT -> "< " + operand;
            case LE -> "<= " + operand;
            case GT -> "> " + operand;
            case GE -> ">= " + operand;
            case BETWEEN -> "between " + operand;
            case IN -> "in " + operand;
            case CONTAINS -> "contains " + operand;
            case STARTS_WITH -> "starts with " + operand;
            case IS_SET -> "is set";
            case BEFORE -> "before " + operand;
            case AFTER -> "after " + operand;
            case WITHIN_LAST ->
                "within the last " + (value instanceof DaysAgo(int days) ? ValuePrinter.days(days) : operand);
            case MORE_THAN_AGO -> "more than " + operand;
            case HAS_ANY -> "has any " + operand;
            case HAS_ALL -> "has all " + operand;
        };
    }
}

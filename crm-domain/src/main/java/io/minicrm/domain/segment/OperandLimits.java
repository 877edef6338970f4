package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Value.Day;
import io.minicrm.domain.segment.Value.DaysAgo;
import io.minicrm.domain.segment.Value.Decimal;
import io.minicrm.domain.segment.Value.Flag;
import io.minicrm.domain.segment.Value.Many;
import io.minicrm.domain.segment.Value.None;
import io.minicrm.domain.segment.Value.Range;
import io.minicrm.domain.segment.Value.Text;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.NumberLimits;
import io.minicrm.domain.shared.TextLimits;

/**
 * Numbers, dates and text in a rule keep to the limits of the values they are compared with, and a list to its size.
 * Checked on rules as they come in, not on rules already kept, which stay evaluable whatever limits came later.
 */
final class OperandLimits {

    private OperandLimits() {}

    /** Why the condition's operand is beyond a limit, each reason naming the field as the validator's do. */
    static List<String> problems(Condition condition) {
        List<String> problems = new ArrayList<>();
        String field = condition.field();
        switch (condition.value()) {
            case Many(List<Value> items)
            when items.size() > Value.MAX_ITEMS ->
                problems.add(field + " " + condition.operator().code() + ": " + Value.ITEMS_RULE);
            case Many(List<Value> items) -> {
                for (int i = 0; i < items.size(); i++) {
                    String item = field + " " + condition.operator().code() + ": item " + (i + 1);
                    check(items.get(i)).ifPresent(rule -> problems.add(item + ": " + rule));
                }
            }
            case Range(Value from, Value to) -> {
                check(from).ifPresent(rule -> problems.add(field + ": " + rule));
                check(to).ifPresent(rule -> problems.add(field + ": " + rule));
            }
            case Value single -> check(single).ifPresent(rule -> problems.add(field + ": " + rule));
        }
        return problems;
    }

    private static Optional<String> check(Value value) {
        return switch (value) {
            case Decimal(var number) -> NumberLimits.check(number);
            case Day(var date) -> DateLimits.check(date);
            case Text(String text) -> TextLimits.RULE_TEXT.check(text);
            case None none -> Optional.empty();
            case Flag flag -> Optional.empty();
            case DaysAgo daysAgo -> Optional.empty();
            case Many many -> Optional.empty();
            case Range range -> Optional.empty();
        };
    }
}

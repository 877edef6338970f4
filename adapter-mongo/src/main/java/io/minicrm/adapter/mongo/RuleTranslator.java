package io.minicrm.adapter.mongo;

import java.util.List;

import com.mongodb.client.model.Filters;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;
import org.bson.conversions.Bson;

/**
 * Pushes a valid rule down into a MongoDB filter. {@code and}/{@code or}/{@code not} become {@code $and}/{@code $or}/
 * {@code $nor}, which are two-valued per document just as the evaluator is, so each exactly translated condition keeps
 * the whole translation exact. A condition the translator cannot express makes its branch a superset to be narrowed
 * by the evaluator: kept out of an {@code and}, widening an {@code or} to everyone, and a {@code not} of it likewise.
 */
final class RuleTranslator {

    private final ConditionTranslator conditions;

    RuleTranslator(ConditionTranslator conditions) {
        this.conditions = conditions;
    }

    Pushdown translate(Rule rule) {
        return switch (rule) {
            case All(List<Rule> rules) ->
                all(rules.stream().map(this::translate).toList());
            case Any(List<Rule> rules) ->
                any(rules.stream().map(this::translate).toList());
            case Not(Rule negated) -> not(translate(negated));
            case Condition condition ->
                conditions.translate(condition).map(Pushdown::exactly).orElse(Pushdown.UNKNOWN);
        };
    }

    private static Pushdown all(List<Pushdown> parts) {
        boolean exact = parts.stream().allMatch(Pushdown::exact);
        List<Bson> filters = parts.stream()
                .filter(part -> !part.matchesEveryone())
                .map(Pushdown::filter)
                .toList();
        return switch (filters.size()) {
            case 0 -> new Pushdown(Pushdown.EVERYONE.filter(), exact);
            case 1 -> new Pushdown(filters.getFirst(), exact);
            default -> new Pushdown(Filters.and(filters), exact);
        };
    }

    private static Pushdown any(List<Pushdown> parts) {
        boolean exact = parts.stream().allMatch(Pushdown::exact);
        if (parts.isEmpty()) {
            return Pushdown.NO_ONE;
        }
        if (parts.stream().anyMatch(Pushdown::matchesEveryone)) {
            return new Pushdown(Pushdown.EVERYONE.filter(), exact);
        }
        return new Pushdown(
                parts.size() == 1
                        ? parts.getFirst().filter()
                        : Filters.or(parts.stream().map(Pushdown::filter).toList()),
                exact);
    }

    private static Pushdown not(Pushdown part) {
        if (!part.exact()) {
            return Pushdown.UNKNOWN;
        }
        return part.matchesEveryone() ? Pushdown.NO_ONE : Pushdown.exactly(Filters.nor(part.filter()));
    }
}

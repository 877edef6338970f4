package io.minicrm.adapter.http.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RulePath;
import io.minicrm.domain.segment.Value;

/**
 * The JSON form of a rule: {@code {"all":[…]}}, {@code {"any":[…]}}, {@code {"not":{…}}} or a condition
 * {@code {"field":"total_spend","op":"gt","value":5000}}, whose value is a number, text, true/false,
 * {@code {"date":"2026-01-31"}}, {@code {"daysAgo":30}}, a list, or {@code {"from":…,"to":…}}; {@code is_set} takes none.
 * JSON numbers with a fraction arrive as doubles, so those beyond 15 significant digits are rounded: the text form keeps
 * any precision.
 */
public final class RuleJson {

    static final String ALL = "all";
    static final String ANY = "any";
    static final String NOT = "not";
    static final String FIELD = "field";
    static final String OP = "op";
    static final String VALUE = "value";

    private RuleJson() {}

    public static Map<String, Object> write(Rule rule) {
        return switch (rule) {
            case Rule.All all -> Map.of(ALL, writeAll(all.rules()));
            case Rule.Any any -> Map.of(ANY, writeAll(any.rules()));
            case Rule.Not not -> Map.of(NOT, write(not.rule()));
            case Rule.Condition condition -> writeCondition(condition);
        };
    }

    /** Reads the JSON a client sent; a {@code CrmException} with an {@code Invalid} names every malformed node. */
    public static Rule read(Object json) {
        RuleJsonReader reader = new RuleJsonReader();
        Rule rule = reader.rule(json, RulePath.ROOT, 1);
        reader.refuseIfMalformed();
        return rule;
    }

    private static List<Map<String, Object>> writeAll(List<Rule> rules) {
        return rules.stream().map(RuleJson::write).toList();
    }

    private static Map<String, Object> writeCondition(Rule.Condition condition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(FIELD, condition.field());
        json.put(OP, condition.operator().code());
        if (!(condition.value() instanceof Value.None)) {
            json.put(VALUE, ValueJson.write(condition.value()));
        }
        return json;
    }

    static String step(String path, String next) {
        return path.isEmpty() ? next : path + "." + next;
    }
}

package io.minicrm.domain.segment;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Names each node of a rule by the steps from the root, as problems and explanations report it: {@code any[1].all[0]}
 * is the first child of the {@code all} that is the second child of the root {@code any}; the root is {@code ""}.
 */
public final class RulePath {

    public static final String ROOT = "";

    private RulePath() {}

    /** A node of a rule and its path. */
    public record Located(Rule rule, String path) {}

    /** The children of the node at {@code path}, each with its own path; a condition has none. */
    public static List<Located> children(Rule node, String path) {
        return switch (node) {
            case Rule.All all -> indexed(all.rules(), path, "all");
            case Rule.Any any -> indexed(any.rules(), path, "any");
            case Rule.Not not -> List.of(new Located(not.rule(), step(path, "not")));
            case Rule.Condition condition -> List.of();
        };
    }

    private static List<Located> indexed(List<Rule> rules, String path, String kind) {
        return IntStream.range(0, rules.size())
                .mapToObj(i -> new Located(rules.get(i), step(path, kind + "[" + i + "]")))
                .toList();
    }

    private static String step(String path, String next) {
        return path.isEmpty() ? next : path + "." + next;
    }
}

package io.minicrm.domain.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Rule.All;
import io.minicrm.domain.segment.Rule.Any;
import io.minicrm.domain.segment.Rule.Condition;
import io.minicrm.domain.segment.Rule.Not;

/**
 * Counts, in one pass over the customers, how many each node of a rule matches and how many are left after each step
 * of an {@code all}: what a live rule builder shows beside every node. Every node is decided for every customer (no
 * short cut), so that each count is exact; counters from separate parts of the customers add up.
 */
public final class RuleTally {

    private final List<Node> nodes;
    private final int steps;

    private RuleTally(List<Node> nodes, int steps) {
        this.nodes = List.copyOf(nodes);
        this.steps = steps;
    }

    static RuleTally of(Rule rule, ConditionCompiler conditions) {
        Flattening flattening = new Flattening(conditions);
        flattening.add(rule, RulePath.ROOT);
        return new RuleTally(flattening.nodes, flattening.steps);
    }

    /** A counter at zero; one per thread, then {@linkplain Counter#addAll added together}. */
    public Counter counter() {
        return new Counter();
    }

    /** One node of the rule: its own test when it is a condition, its children's places, its first step's place. */
    private record Node(Rule rule, String path, CompiledRule test, int[] children, int firstStep) {}

    /** Lays the rule out children first, so the root is the last node; each {@code all} takes a step per child. */
    private static final class Flattening {
        private final ConditionCompiler conditions;
        private final List<Node> nodes = new ArrayList<>();
        private int steps;

        Flattening(ConditionCompiler conditions) {
            this.conditions = conditions;
        }

        int add(Rule rule, String path) {
            List<RulePath.Located> located = RulePath.children(rule, path);
            int[] children = new int[located.size()];
            for (int i = 0; i < children.length; i++) {
                children[i] = add(located.get(i).rule(), located.get(i).path());
            }
            int firstStep = -1;
            if (rule instanceof All) {
                firstStep = steps;
                steps += children.length;
            }
            // Only a condition is ever asked its own test: the other nodes decide from their children.
            CompiledRule test = rule instanceof Condition leaf ? conditions.compile(leaf) : customer -> false;
            nodes.add(new Node(rule, path, test, children, firstStep));
            return nodes.size() - 1;
        }
    }

    /** Running counts for some of the customers. */
    public final class Counter {
        private final long[] matches = new long[nodes.size()];
        private final long[] survivors = new long[steps];

        private Counter() {}

        /** Counts the customer at every node; answers whether the whole rule matches them. */
        public boolean add(Customer customer) {
            return decide(root(), customer);
        }

        public void addAll(Counter other) {
            for (int i = 0; i < matches.length; i++) {
                matches[i] += other.matches[i];
            }
            for (int i = 0; i < survivors.length; i++) {
                survivors[i] += other.survivors[i];
            }
        }

        /** The counts as a tree shaped like the rule. */
        public NodeCount result() {
            return result(root());
        }

        private int root() {
            return nodes.size() - 1;
        }

        private boolean decide(int place, Customer customer) {
            Node node = nodes.get(place);
            boolean matched = switch (node.rule()) {
                case All all -> {
                    boolean left = true;
                    for (int i = 0; i < node.children().length; i++) {
                        left &= decide(node.children()[i], customer);
                        survivors[node.firstStep() + i] += left ? 1 : 0;
                    }
                    yield left;
                }
                case Any any -> {
                    boolean one = false;
                    for (int child : node.children()) {
                        one |= decide(child, customer);
                    }
                    yield one;
                }
                case Not not -> !decide(node.children()[0], customer);
                case Condition condition -> node.test().matches(customer);
            };
            matches[place] += matched ? 1 : 0;
            return matched;
        }

        private NodeCount result(int place) {
            Node node = nodes.get(place);
            List<Long> left = new ArrayList<>();
            for (int i = 0; node.firstStep() >= 0 && i < node.children().length; i++) {
                left.add(survivors[node.firstStep() + i]);
            }
            List<NodeCount> children = new ArrayList<>();
            for (int child : node.children()) {
                children.add(result(child));
            }
            return new NodeCount(node.path(), node.rule(), matches[place], left, children);
        }
    }

    /**
     * How many customers one node matches on its own; for an {@code all}, how many are left after each of its steps
     * (the first {@code n} children together), so the last is the node's own count.
     */
    public record NodeCount(String path, Rule rule, long matches, List<Long> survivors, List<NodeCount> children) {
        public NodeCount {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(rule, "rule");
            survivors = List.copyOf(survivors);
            children = List.copyOf(children);
        }
    }
}

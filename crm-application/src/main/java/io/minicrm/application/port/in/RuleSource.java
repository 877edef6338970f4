package io.minicrm.application.port.in;

import java.util.Objects;

import io.minicrm.domain.segment.Rule;

/** A rule as a caller gives it: in the text syntax or as a tree. */
public sealed interface RuleSource {

    record Text(String text) implements RuleSource {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Tree(Rule rule) implements RuleSource {
        public Tree {
            Objects.requireNonNull(rule, "rule");
        }
    }
}

package io.minicrm.application.port.in;

import java.util.Objects;

/** A segment as a caller defines it. */
public record SegmentDraft(String name, String description, RuleSource rule, String createdBy) {

    public SegmentDraft {
        Objects.requireNonNull(rule, "rule");
    }
}

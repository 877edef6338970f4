package io.minicrm.domain.segment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/** A named audience: the customers its rule matches at the moment it is evaluated. */
@AggregateRoot
public record Segment(
        WorkspaceId workspace,
        @Identity SegmentId id,
        String name,
        String description,
        Rule rule,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public Segment {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = Objects.requireNonNull(name, "name").strip();
        description = description == null ? "" : description.strip();
        createdBy = createdBy == null ? "" : createdBy;
        List<Violation> violations = violations(name, description);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(new Problem.Invalid(violations).message());
        }
    }

    /** Every reason a segment cannot be called so, under {@code name} and {@code description}; blank text is none. */
    public static List<Violation> violations(@Nullable String name, @Nullable String description) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "a segment needs a name"));
        } else {
            TextLimits.SEGMENT_NAME
                    .check(name.strip())
                    .ifPresent(reason -> violations.add(new Violation("name", reason)));
        }
        if (description != null) {
            TextLimits.SEGMENT_DESCRIPTION
                    .check(description.strip())
                    .ifPresent(reason -> violations.add(new Violation("description", reason)));
        }
        return violations;
    }

    public Segment redefine(String newName, String newDescription, Rule newRule, Instant now) {
        return new Segment(workspace, id, newName, newDescription, newRule, createdBy, createdAt, now);
    }
}

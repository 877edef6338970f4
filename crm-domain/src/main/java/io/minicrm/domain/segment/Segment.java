package io.minicrm.domain.segment;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.minicrm.domain.workspace.WorkspaceId;

/** A named audience: the customers its rule matches at the moment it is evaluated. */
@AggregateRoot
public record Segment(WorkspaceId workspace, @Identity SegmentId id, String name, String description, Rule rule,
                      String createdBy, Instant createdAt, Instant updatedAt) {

    public Segment {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = Objects.requireNonNull(name, "name").strip();
        description = description == null ? "" : description.strip();
        createdBy = createdBy == null ? "" : createdBy;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a segment needs a name");
        }
    }

    public Segment redefine(String newName, String newDescription, Rule newRule, Instant now) {
        return new Segment(workspace, id, newName, newDescription, newRule, createdBy, createdAt, now);
    }
}

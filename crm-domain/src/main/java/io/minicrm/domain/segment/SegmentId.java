package io.minicrm.domain.segment;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a segment within its workspace. */
@ValueObject
public record SegmentId(String value) {

    public SegmentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a segment id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

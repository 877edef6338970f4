package io.minicrm.domain.workspace;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/** Names the workspace (a team's data) that every record belongs to. */
@ValueObject
public record WorkspaceId(String value) {

    // Declared before DEFAULT: static fields initialise in order, and DEFAULT's constructor needs the pattern.
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public static final WorkspaceId DEFAULT = new WorkspaceId("default");

    public WorkspaceId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a workspace id is 1 to 63 lower-case letters, digits, '-' or '_', starting with a letter or digit: "
                            + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

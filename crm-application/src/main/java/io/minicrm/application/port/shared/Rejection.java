package io.minicrm.application.port.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one row was not imported: its physical line (the header is line 1), the column as the header names it
 * (absent when the row as a whole is wrong) and the reason.
 */
public record Rejection(long line, Optional<String> column, String reason) {
    public Rejection {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        if (line < 2) {
            throw new IllegalArgumentException("rows start on line 2, after the header: " + line);
        }
    }

    public static Rejection at(long line, String column, String reason) {
        return new Rejection(line, Optional.of(column), reason);
    }
}

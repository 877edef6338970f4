package io.minicrm.application.port.shared;

import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.shared.Problem;

/**
 * Why an import stopped, and where in its file when one place is at fault: the line (the header is line 1) and the
 * column, as the header names it, or by its position ({@code column 3}) when the header cannot.
 */
public record ImportFailure(String reason, Optional<Long> line, Optional<String> column) {

    private static final String POSITION = "column ";

    public ImportFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        if (line.filter(number -> number < 1).isPresent() || column.isPresent() && line.isEmpty()) {
            throw new IllegalArgumentException("lines count from 1, and a column is named only with its line");
        }
    }

    public static ImportFailure of(String reason) {
        return new ImportFailure(reason, Optional.empty(), Optional.empty());
    }

    public static ImportFailure at(long line, Optional<String> column, String reason) {
        return new ImportFailure(reason, Optional.of(line), column);
    }

    /** Where the file went wrong, as a refusal names it: {@code line 7, column notes}, {@code line 7}, or {@code file}. */
    public String place() {
        return line.map(number -> "line " + number
                        + column.map(name -> name.startsWith(POSITION) ? ", " + name : ", " + POSITION + name)
                                .orElse(""))
                .orElse("file");
    }

    /** The reason, after its place when it has one. */
    public String describe() {
        return line.isPresent() ? place() + ": " + reason : reason;
    }

    /** The refusal a caller is given, naming the place as the offending path. */
    public Problem toProblem() {
        return Problem.Invalid.of(place(), reason);
    }
}

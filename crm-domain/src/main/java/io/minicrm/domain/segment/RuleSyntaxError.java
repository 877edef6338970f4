package io.minicrm.domain.segment;

import java.util.Objects;

import io.minicrm.domain.shared.Problem;
import org.jmolecules.ddd.annotation.ValueObject;

/** Why rule text could not be read: what was expected where (1-based line and column) and what was found there. */
@ValueObject
public record RuleSyntaxError(int line, int column, String expected, String found) {

    public RuleSyntaxError {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1: line " + line + ", column " + column);
        }
    }

    public String message() {
        return "line " + line + ", column " + column + ": expected " + expected + " but found " + found;
    }

    public Problem toProblem() {
        return Problem.Invalid.of("rule", message());
    }
}

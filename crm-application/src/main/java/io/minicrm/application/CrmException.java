package io.minicrm.application;

import java.util.Objects;

import io.minicrm.domain.shared.Problem;

/** A use case refused its request; the problem says why, in the domain's words, for every adapter to report alike. */
public final class CrmException extends RuntimeException {

    private final transient Problem problem;

    public CrmException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").message(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

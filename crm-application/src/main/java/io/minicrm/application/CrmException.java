package io.minicrm.application;

import java.util.Objects;

import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/**
 * A use case refused its request; the problem says why, in the domain's words, for every adapter to report alike. Its
 * stack trace shows where the refusal was made, and a blocking call adds where it was waited for.
 */
public final class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public CrmException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The value of a domain outcome, or its refusal as an error signal. */
    public static <T> Mono<T> orRefuse(Either<? extends Problem, ? extends T> outcome) {
        return outcome.fold(problem -> Mono.error(new CrmException(problem)), Mono::just);
    }

    public static <T> Mono<T> refuse(Problem problem) {
        return Mono.error(new CrmException(problem));
    }

    public static <T> Mono<T> notFound(String kind, Object id) {
        return refuse(new Problem.NotFound(kind, String.valueOf(id)));
    }
}

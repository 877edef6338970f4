package io.minicrm.application.inmemory;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** Turns the adapters' outcomes into the signals every store gives: the value, or a refusal carrying its problem. */
final class Refusals {

    private Refusals() {}

    static <T> Mono<T> toMono(Either<Problem, T> outcome) {
        return outcome.fold(problem -> Mono.error(new CrmException(problem)), Mono::just);
    }

    static <T> Either<Problem, T> conflict(String message) {
        return Either.left(new Problem.Conflict(message));
    }
}

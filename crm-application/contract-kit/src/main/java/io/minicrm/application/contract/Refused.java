package io.minicrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

/** Checks that a store refused a request with the kind of problem the port names. */
final class Refused {

    private Refused() {}

    static void asConflict(Publisher<?> outcome) {
        as(Problem.Conflict.class, outcome);
    }

    static void asInvalid(Publisher<?> outcome) {
        as(Problem.Invalid.class, outcome);
    }

    private static void as(Class<? extends Problem> kind, Publisher<?> outcome) {
        StepVerifier.create(outcome)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                CrmException.class,
                                refusal -> assertThat(refusal.problem()).isInstanceOf(kind)))
                .verify();
    }
}

package io.minicrm.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.jmolecules.ddd.annotation.ValueObject;

/** Why the domain refused a request: the reason every adapter reports to its caller. */
@ValueObject
public sealed interface Problem {

    /** A sentence a user can read. */
    String message();

    /** The named thing does not exist in the caller's workspace. */
    record NotFound(String kind, String id) implements Problem {
        @Override
        public String message() {
            return kind + " '" + id + "' was not found";
        }
    }

    /** The request is malformed; every violation names the offending field or rule path. */
    record Invalid(List<Violation> violations) implements Problem {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an Invalid problem needs at least one violation");
            }
        }

        public static Invalid of(String path, String message) {
            return new Invalid(List.of(new Violation(path, message)));
        }

        @Override
        public String message() {
            return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        }
    }

    /** The request contradicts what is already stored or the state an aggregate is in. */
    record Conflict(String message) implements Problem {}

    /** The request is well formed but no acceptable answer could be made for it, such as a description not understood. */
    record Unanswerable(String message) implements Problem {}
    /** The caller's role in the workspace does not allow the request. */
    record Forbidden(String message) implements Problem {}

    /** One reason a value was refused, located by its path (a field name or a rule path such as {@code any[1].all[0]}). */
    record Violation(String path, String message) {
        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }
}

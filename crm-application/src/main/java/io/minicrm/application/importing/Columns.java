package io.minicrm.application.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.vavr.control.Either;

/** Which column of a header holds each field; the columns no field claims are left over. */
record Columns(Map<Field, Integer> positions, List<Integer> leftOver) {

    Columns {
        positions = Map.copyOf(positions);
        leftOver = List.copyOf(leftOver);
    }

    /** Matches the header against the fields; refused when a required field has no column or one has two. */
    static Either<Problem, Columns> match(Header header, List<Field> fields) {
        Map<Field, Integer> positions = new HashMap<>();
        List<Integer> leftOver = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String key = header.key(column);
            Optional<Field> field = fields.stream()
                    .filter(candidate -> candidate.aliases().contains(key))
                    .findFirst();
            if (field.isEmpty()) {
                leftOver.add(column);
            } else if (positions.containsKey(field.get())) {
                violations.add(repeated(header, positions.get(field.get()), column));
            } else {
                positions.put(field.get(), column);
            }
        }
        fields.stream()
                .filter(field -> field.required() && !positions.containsKey(field))
                .forEach(field -> violations.add(new Violation(
                        field.usualName(),
                        "the file has no such column (accepted names: " + String.join(", ", field.aliases()) + ")")));
        return violations.isEmpty()
                ? Either.right(new Columns(positions, leftOver))
                : Either.left(new Problem.Invalid(violations));
    }

    /** Two columns that would fill the same value: which one holds the truth is anyone's guess. */
    static Violation repeated(Header header, int first, int again) {
        return new Violation(
                header.name(again),
                "holds the same value as the column '" + header.name(first) + "'; keep one of them");
    }

    Optional<Integer> position(Field field) {
        return Optional.ofNullable(positions.get(field));
    }

    /** The position of a required field, which {@link #match} made sure of. */
    int required(Field field) {
        return Objects.requireNonNull(positions.get(field), () -> field + " was matched");
    }
}

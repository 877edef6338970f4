package io.minicrm.domain.customer;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/** An e-mail address in normal form (trimmed, lower case): the natural key that de-duplicates customers. */
@ValueObject
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 254;

    public Email {
        if (value == null || !value.equals(normalise(value)) || !isWellFormed(value)) {
            throw new IllegalArgumentException("not a normalised e-mail address: " + value);
        }
    }

    /** Normalises and checks what a user typed. */
    public static Either<Problem, Email> parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Either.left(Problem.Invalid.of(field, "an e-mail address is required"));
        }
        String normalised = normalise(raw);
        return isWellFormed(normalised)
                ? Either.right(new Email(normalised))
                : Either.left(Problem.Invalid.of(field, "'" + raw.strip() + "' is not an e-mail address"));
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String candidate) {
        return candidate.length() <= MAX_LENGTH && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

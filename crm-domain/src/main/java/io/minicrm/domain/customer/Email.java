package io.minicrm.domain.customer;

import java.text.Normalizer;
import java.util.Locale;

import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An e-mail address in normal form (trimmed, lower case, Unicode NFC, so that an accented letter typed either way is
 * one address): the natural key that de-duplicates customers.
 */
@ValueObject
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    public static final String LENGTH_RULE = "an e-mail address has at most " + MAX_LENGTH + " characters";

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
        if (normalised.length() > MAX_LENGTH) {
            return Either.left(Problem.Invalid.of(field, LENGTH_RULE));
        }
        return isWellFormed(normalised)
                ? Either.right(new Email(normalised))
                : Either.left(Problem.Invalid.of(field, "'" + raw.strip() + "' is not an e-mail address"));
    }

    private static String normalise(String raw) {
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(lower, Normalizer.Form.NFC)
                ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * A local part, one {@code @}, and a domain of two or more non-empty labels separated by dots, with no white space,
     * control character or unpaired surrogate anywhere. Checked by hand rather than by a regular expression: every
     * imported row passes here, twice.
     */
    private static boolean isWellFormed(String candidate) {
        int at = candidate.indexOf('@');
        if (candidate.length() > MAX_LENGTH || at < 1 || at != candidate.lastIndexOf('@')) {
            return false;
        }
        int labelLength = 0;
        int dots = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || unpaired(candidate, i)) {
                return false;
            }
            if (i > at) {
                if (c != '.') {
                    labelLength++;
                } else if (labelLength == 0) {
                    return false;
                } else {
                    dots++;
                    labelLength = 0;
                }
            }
        }
        return dots > 0 && labelLength > 0;
    }

    private static boolean unpaired(String text, int at) {
        char c = text.charAt(at);
        if (Character.isHighSurrogate(c)) {
            return at + 1 == text.length() || !Character.isLowSurrogate(text.charAt(at + 1));
        }
        return Character.isLowSurrogate(c) && (at == 0 || !Character.isHighSurrogate(text.charAt(at - 1)));
    }

    @Override
    public String toString() {
        return value;
    }
}

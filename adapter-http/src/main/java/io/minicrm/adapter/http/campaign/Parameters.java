package io.minicrm.adapter.http.campaign;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * Reads enumerated values and date-times sent as text, so that a misspelt one is a refusal naming its parameter
 * rather than a server error.
 */
public final class Parameters {

    private static final int ECHOED = 60;

    private Parameters() {}

    /** The constant {@code text} names, in any letter case; an {@code Invalid} at {@code path} listing the choices otherwise. */
    public static <E extends Enum<E>> Either<Problem.Invalid, E> choice(Class<E> type, String path, String text) {
        if (text == null || text.isBlank()) {
            return Either.left(Problem.Invalid.of(path, "choose one of " + choices(type)));
        }
        try {
            return Either.right(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Either.left(
                    Problem.Invalid.of(path, "choose one of " + choices(type) + ", not '" + echoed(text) + "'"));
        }
    }

    /** An absent optional parameter is no filter; a present one must name a constant. */
    public static <E extends Enum<E>> Either<Problem.Invalid, Optional<E>> optionalChoice(
            Class<E> type, String path, String text) {
        return text == null
                ? Either.right(Optional.empty())
                : choice(type, path, text).map(Optional::of);
    }

    /** An ISO-8601 instant such as {@code 2030-01-31T09:00:00Z}, or one with an offset, in the years every date keeps to. */
    public static Either<Problem.Invalid, Instant> instant(String path, String text) {
        return required(path, text).flatMap(given -> parseInstant(path, given));
    }

    private static Either<Problem.Invalid, Instant> parseInstant(String path, String text) {
        try {
            Instant instant = Instant.parse(text);
            return DateLimits.check(instant)
                    .<Either<Problem.Invalid, Instant>>map(rule -> Either.left(Problem.Invalid.of(path, rule)))
                    .orElseGet(() -> Either.right(instant));
        } catch (DateTimeParseException unreadable) {
            return Either.left(Problem.Invalid.of(
                    path, "give an ISO-8601 date-time such as 2030-01-31T09:00:00Z, not '" + echoed(text) + "'"));
        }
    }

    /** The text, or an {@code Invalid} at {@code path} when it is absent or blank. */
    public static Either<Problem.Invalid, String> required(String path, String text) {
        return text == null || text.isBlank()
                ? Either.left(Problem.Invalid.of(path, "this field is required"))
                : Either.right(text.strip());
    }

    /** The text, in any letter case and surrounding blanks, among the words allowed; an {@code Invalid} listing them otherwise. */
    public static Either<Problem.Invalid, String> word(String path, String text, List<String> allowed) {
        String given = text.strip().toLowerCase(Locale.ROOT);
        return allowed.contains(given)
                ? Either.right(given)
                : Either.left(Problem.Invalid.of(
                        path, "choose one of " + String.join(", ", allowed) + ", not '" + echoed(text) + "'"));
    }

    /** Every violation among the readings, in order; empty when all of them succeeded. */
    public static List<Problem.Violation> violations(Stream<Either<Problem.Invalid, ?>> readings) {
        return readings.filter(Either::isLeft)
                .flatMap(refused -> refused.getLeft().violations().stream())
                .toList();
    }

    /** As much of a refused value as a refusal repeats. */
    public static String echoed(String text) {
        return text.length() <= ECHOED ? text : text.substring(0, ECHOED) + "…";
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

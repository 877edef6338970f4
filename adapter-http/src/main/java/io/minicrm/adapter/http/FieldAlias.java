package io.minicrm.adapter.http;

import java.util.Optional;

import io.minicrm.domain.shared.Problem;
import io.vavr.control.Either;

/**
 * A request field that clients of the original system send under another name: the value given under either name,
 * blank counting as absent, and a refusal naming both fields when they are given with different values.
 */
public record FieldAlias(String field, String alias) {

    public Either<Problem.Invalid, Optional<String>> read(String value, String aliasValue) {
        Optional<String> given = text(value);
        Optional<String> aliased = text(aliasValue);
        if (given.isPresent() && aliased.isPresent() && !given.equals(aliased)) {
            return Either.left(Problem.Invalid.of(
                    alias,
                    alias + " is another name for " + field + ", and the two differ ('" + aliased.get() + "' and '"
                            + given.get() + "'): give one of them"));
        }
        return Either.right(given.or(() -> aliased));
    }

    /** The name the client gave the value under: the alias when only it was given. */
    public String usedIn(String value, String aliasValue) {
        return text(value).isEmpty() && text(aliasValue).isPresent() ? alias : field;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}

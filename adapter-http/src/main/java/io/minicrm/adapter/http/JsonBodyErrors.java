package io.minicrm.adapter.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.annotation.Body;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

/**
 * Says what is wrong with a JSON body the framework could not read, and where: malformed, beyond the parser's limits,
 * an unknown property, a wrong type. The words are the request's: a property path and the kind of value expected,
 * never a class of the server.
 */
final class JsonBodyErrors {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property \\[");
    private static final Pattern WRONG_TOKEN = Pattern.compile("Unexpected token (\\w+), expected (\\w+)");
    private static final Map<String, String> TOKENS = Map.of(
            "START_OBJECT",
            "an object",
            "START_ARRAY",
            "a list",
            "VALUE_STRING",
            "text",
            "VALUE_NUMBER_INT",
            "a whole number",
            "VALUE_NUMBER_FLOAT",
            "a number",
            "VALUE_TRUE",
            "true",
            "VALUE_FALSE",
            "false",
            "VALUE_NULL",
            "null");

    private JsonBodyErrors() {}

    /** Empty when the failure is not about reading a JSON body. */
    static Optional<ProblemDetails.Violation> violation(Throwable failure) {
        return switch (failure) {
            case JsonSyntaxException malformed ->
                Optional.of(syntax(malformed.getCause() == null ? malformed : malformed.getCause()));
            case ConversionErrorException unreadable
            when isBody(unreadable) ->
                Optional.of(ofBody(unreadable.getConversionError().getCause()));
            default -> Optional.empty();
        };
    }

    private static ProblemDetails.Violation syntax(Throwable failure) {
        return new ProblemDetails.Violation(
                "",
                ReadingWords.isLimit(failure)
                        ? ReadingWords.of(failure)
                        : "the body is not well-formed JSON: " + ReadingWords.of(failure));
    }

    private static boolean isBody(ConversionErrorException unreadable) {
        return unreadable.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static ProblemDetails.Violation ofBody(Exception cause) {
        if (!(cause instanceof SerdeException failure)) {
            return new ProblemDetails.Violation(
                    "",
                    ReadingWords.isLimit(cause)
                            ? ReadingWords.of(cause)
                            : "the body cannot be read: " + ReadingWords.of(cause));
        }
        String message = String.valueOf(failure.getMessage());
        if (UNKNOWN_PROPERTY.matcher(message).find()) {
            return new ProblemDetails.Violation(path(failure.getPath()), "no such property");
        }
        Matcher wrong = WRONG_TOKEN.matcher(message);
        return new ProblemDetails.Violation(
                path(failure.getPath()),
                wrong.find()
                        ? "expected " + token(wrong.group(2)) + ", not " + token(wrong.group(1))
                        : ReadingWords.of(failure));
    }

    private static String token(String name) {
        return TOKENS.getOrDefault(name, name);
    }

    // Serde lists the path innermost first: tags[0] arrives as [item 0, property tags].
    private static String path(List<ReferencePath> references) {
        StringBuilder path = new StringBuilder();
        for (ReferencePath reference : references.reversed()) {
            switch (reference) {
                case CollectionItemReferencePath item ->
                    path.append('[').append(item.index()).append(']');
                case MapItemReferencePath entry ->
                    path.append(path.isEmpty() ? "" : ".").append(entry.key());
                default ->
                    path.append(path.isEmpty() ? "" : ".")
                            .append(reference.getArgument().getName());
            }
        }
        return path.toString();
    }
}

package io.minicrm.adapter.http;

import java.util.Optional;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;

/** Says which query or path parameter could not be read, and what it takes, in the request's words. */
final class ParameterErrors {

    /** How much of an unreadable value a refusal repeats. */
    private static final int ECHOED = 60;

    private ParameterErrors() {}

    /** Empty when the failure is not about a parameter or a missing body. */
    static Optional<ProblemDetails.Violation> violation(Throwable failure) {
        return switch (failure) {
            case UnsatisfiedBodyRouteException missing ->
                Optional.of(new ProblemDetails.Violation("", "the request needs a JSON body"));
            case UnsatisfiedRouteException missing ->
                Optional.of(
                        new ProblemDetails.Violation(missing.getArgument().getName(), "this parameter is required"));
            case ConversionErrorException unreadable ->
                Optional.of(new ProblemDetails.Violation(
                        unreadable.getArgument().getName(),
                        "expected " + expected(unreadable.getArgument())
                                + unreadable
                                        .getConversionError()
                                        .getOriginalValue()
                                        .map(value -> ", not '" + echoed(String.valueOf(value)) + "'")
                                        .orElse("")));
            default -> Optional.empty();
        };
    }

    private static String expected(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return ReadingWords.type(type.getName());
    }

    private static String echoed(String value) {
        return value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…";
    }
}

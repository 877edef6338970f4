package io.minicrm.adapter.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Answers every error the framework raises (unmatched route, method not allowed, unreadable or oversized body, an
 * unexpected failure) with Problem Details; a server error says nothing of its cause, which only the log records.
 */
@Singleton
public class ProblemResponses implements ErrorResponseProcessor<ProblemDetails> {

    static final String SERVER_ERROR = "the server failed to answer this request; the failure has been logged";

    @Override
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext error, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        if (status.getCode() >= 500) {
            return respond(response, status, SERVER_ERROR, null);
        }
        List<ProblemDetails.Violation> violations = violations(error, status);
        String detail = violations.stream().map(ProblemResponses::sentence).collect(Collectors.joining("; "));
        // Violations are listed when one of them names a place; otherwise the detail says it all.
        return respond(
                response,
                status,
                detail,
                violations.stream().anyMatch(v -> !v.path().isEmpty()) ? violations : null);
    }

    private static MutableHttpResponse<ProblemDetails> respond(
            MutableHttpResponse<?> response,
            HttpStatus status,
            String detail,
            @Nullable List<ProblemDetails.Violation> violations) {
        return response.contentType(ProblemDetails.MEDIA_TYPE)
                .body(new ProblemDetails(
                        "urn:minicrm:problem:" + type(status),
                        status.getReason(),
                        status.getCode(),
                        detail,
                        violations));
    }

    private static List<ProblemDetails.Violation> violations(ErrorContext error, HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return List.of(new ProblemDetails.Violation(
                    "", "nothing is at " + error.getRequest().getPath()));
        }
        Optional<Throwable> cause = error.getRootCause();
        return cause.flatMap(JsonBodyErrors::violation)
                .or(() -> cause.flatMap(ParameterErrors::violation))
                .map(List::of)
                .orElseGet(() -> error.getErrors().stream()
                        .map(ProblemResponses::violation)
                        .toList());
    }

    // The framework's own words, unless they name one of its classes or settings.
    private static ProblemDetails.Violation violation(Error error) {
        return new ProblemDetails.Violation(
                error.getPath().map(path -> path.replaceFirst("^/", "")).orElse(""),
                ReadingWords.clean(error.getMessage()));
    }

    private static String sentence(ProblemDetails.Violation violation) {
        return violation.path().isEmpty() ? violation.message() : violation.path() + ": " + violation.message();
    }

    // The same names as the domain's refusals where they overlap, so that clients test one type per meaning.
    private static String type(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "too-large";
            default ->
                status.getCode() >= 500
                        ? "server-error"
                        : status.getReason().toLowerCase(Locale.ROOT).replace(' ', '-');
        };
    }
}

package io.minicrm.adapter.http;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import jakarta.inject.Singleton;

/** Answers a refused request with Problem Details whose type names the domain's problem. */
@Singleton
@Produces(ProblemDetails.MEDIA_TYPE)
public class CrmExceptionHandler implements ExceptionHandler<CrmException, HttpResponse<ProblemDetails>> {

    @Override
    public HttpResponse<ProblemDetails> handle(HttpRequest request, CrmException exception) {
        return problem(exception.problem());
    }

    public static MutableHttpResponse<ProblemDetails> problem(Problem problem) {
        return switch (problem) {
            case Problem.NotFound notFound ->
                respond(HttpStatus.NOT_FOUND, "not-found", "Not found", notFound.message(), null);
            case Problem.Conflict conflict ->
                respond(HttpStatus.CONFLICT, "conflict", "Conflict", conflict.message(), null);
            case Problem.Unanswerable unanswerable ->
                respond(HttpStatus.UNPROCESSABLE_ENTITY, "unanswerable", "No proposal", unanswerable.message(), null);
            case Problem.Forbidden forbidden ->
                respond(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", forbidden.message(), null);
            case Problem.Invalid invalid ->
                respond(
                        HttpStatus.BAD_REQUEST,
                        "invalid",
                        "Invalid request",
                        invalid.message(),
                        invalid.violations().stream()
                                .map(v -> new ProblemDetails.Violation(v.path(), v.message()))
                                .toList());
        };
    }

    public static MutableHttpResponse<ProblemDetails> respond(
            HttpStatus status, String type, String title, String detail, List<ProblemDetails.Violation> violations) {
        return HttpResponse.<ProblemDetails>status(status)
                .contentType(ProblemDetails.MEDIA_TYPE)
                .body(new ProblemDetails("urn:minicrm:problem:" + type, title, status.getCode(), detail, violations));
    }
}

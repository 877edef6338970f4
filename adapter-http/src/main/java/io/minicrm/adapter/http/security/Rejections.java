package io.minicrm.adapter.http.security;

import java.net.URI;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.adapter.http.ProblemDetails;
import jakarta.inject.Singleton;

/**
 * A request without a principal is answered 401 in Problem Details, never redirected to a login page, except a
 * browser asking for a page of the web app, which is sent to the sign-in page (303), and a page's htmx request, whose
 * 401 tells htmx to go there.
 */
@Singleton
@Produces(ProblemDetails.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
class Rejections implements ExceptionHandler<AuthorizationException, HttpResponse<ProblemDetails>> {

    @Override
    public HttpResponse<ProblemDetails> handle(HttpRequest request, AuthorizationException exception) {
        if (!exception.isForbidden() && asksForAPage(request)) {
            return HttpResponse.seeOther(URI.create(PublicRoutes.SIGN_IN));
        }
        MutableHttpResponse<ProblemDetails> response = exception.isForbidden()
                ? CrmExceptionHandler.respond(
                        HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "this principal may not do this", null)
                : CrmExceptionHandler.respond(
                        HttpStatus.UNAUTHORIZED,
                        "unauthorized",
                        "Unauthorized",
                        "sign in, or send an API token as 'Authorization: Bearer <token>'",
                        null);
        if (exception.isForbidden()) {
            return response;
        }
        // A page's htmx request after the session ended: htmx follows this header, so the page goes to sign in.
        return request.getHeaders().contains("HX-Request")
                ? response.header("WWW-Authenticate", "Bearer").header("HX-Redirect", PublicRoutes.SIGN_IN)
                : response.header("WWW-Authenticate", "Bearer");
    }

    /** A browser's navigation: a GET outside the API that accepts HTML by name: a wildcard is not enough, as every client sends one. */
    private static boolean asksForAPage(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.GET
                && !request.getPath().startsWith("/api/")
                && request.accept().stream().anyMatch(type -> type.getName().equals(MediaType.TEXT_HTML));
    }
}

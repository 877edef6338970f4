package io.minicrm.adapter.http;

import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteMatch;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.domain.shared.Problem;

/**
 * Refuses a flag query parameter (a {@code boolean} one, such as {@code wait}) that is neither true nor false, in any
 * letter case: the framework would read any other word as false and quietly do what the client did not ask.
 */
@ServerFilter("/api/**")
public class FlagParameters {

    private static final List<String> FLAGS = List.of("true", "false");

    /** Why a value is no flag, in the words every enumerated parameter uses. */
    public static String refusal(String value) {
        return "choose one of true, false, not '" + Parameters.echoed(value) + "'";
    }

    /** A 400 naming the first parameter that is no flag; none to let the request through. */
    @RequestFilter
    public @Nullable HttpResponse<ProblemDetails> refuseUnknownFlags(HttpRequest<?> request) {
        if (!(BasicHttpAttributes.getRouteMatchInfo(request).orElse(null) instanceof RouteMatch<?> match)
                || !(match.getRouteInfo() instanceof MethodBasedRouteInfo<?, ?> route)) {
            return null;
        }
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if ((argument.getType() == boolean.class || argument.getType() == Boolean.class)
                    && argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = argument.getAnnotationMetadata()
                        .stringValue(QueryValue.class)
                        .filter(given -> !given.isEmpty())
                        .orElse(argument.getName());
                for (String value : request.getParameters().getAll(name)) {
                    if (!FLAGS.contains(value.strip().toLowerCase(Locale.ROOT))) {
                        return CrmExceptionHandler.problem(Problem.Invalid.of(name, refusal(value)));
                    }
                }
            }
        }
        return null;
    }
}

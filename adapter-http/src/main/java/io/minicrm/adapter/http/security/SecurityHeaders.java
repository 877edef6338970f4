package io.minicrm.adapter.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Headers every response carries. The policy suits server-rendered pages with htmx: scripts, styles and fetches
 * from the service itself only, no inline script, no framing by another site.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class SecurityHeaders implements HttpServerFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Swagger UI's page starts itself with an inline script. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    private final String contentSecurityPolicy;

    SecurityHeaders(@Value("${crm.http.content-security-policy:}") String configured) {
        this.contentSecurityPolicy = configured.isBlank() ? POLICY : configured;
    }

    @Override
    public int getOrder() {
        // Outermost, so that refusals made by the security filters carry the headers too.
        return ServerFilterPhase.FIRST.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Flux.from(chain.proceed(request))
                .doOnNext(response -> response.getHeaders()
                        .add(
                                "Content-Security-Policy",
                                request.getPath().startsWith("/api-docs") ? API_DOCS_POLICY : contentSecurityPolicy)
                        .add("X-Content-Type-Options", "nosniff")
                        .add("Referrer-Policy", "same-origin")
                        .add("X-Frame-Options", "DENY"));
    }
}

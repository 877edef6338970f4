package io.minicrm.adapter.http.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.domain.shared.Problem;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Local mode's guard against the browser next door: any page the user visits can send their browser to the local
 * service, so a request naming another host (DNS rebinding) is refused, and so is a change whose {@code Origin} or
 * {@code Referer} is another site's (a cross-site form).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class LocalModeGuard implements HttpServerFilter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final SignInMode mode;

    LocalModeGuard(SignInMode mode) {
        this.mode = mode;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!mode.isLocal()) {
            return chain.proceed(request);
        }
        Optional<String> host = request.getHeaders().getFirst(HttpHeaders.HOST);
        if (host.isEmpty() || !LOOPBACK_NAMES.contains(hostName(host.get()))) {
            return refuse("in local mode the service answers only requests addressed to localhost");
        }
        if (PublicRoutes.changesData(request) && !sameSite(request, host.get())) {
            return refuse("in local mode a change must come from the service's own pages, not another site's");
        }
        return chain.proceed(request);
    }

    private static boolean sameSite(HttpRequest<?> request, String host) {
        Optional<String> origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        Optional<String> source =
                origin.isPresent() ? origin : request.getHeaders().getFirst(HttpHeaders.REFERER);
        return source.map(value -> authorityOf(value).equalsIgnoreCase(host)).orElse(true);
    }

    private static String authorityOf(String url) {
        try {
            String authority = URI.create(url.strip()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    private static String hostName(String hostHeader) {
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 || host.indexOf(':') != colon ? host : host.substring(0, colon);
    }

    private static Mono<MutableHttpResponse<?>> refuse(String why) {
        return Mono.just(CrmExceptionHandler.problem(new Problem.Forbidden(why)));
    }
}

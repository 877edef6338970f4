package io.minicrm.adapter.http.security;

import java.net.InetSocketAddress;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.UserId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Settles, once the principal is known, the workspace and role a request acts in: a session's chosen with the
 * {@value #WORKSPACE_HEADER} header, else the {@link WorkspaceCookie}, else the user's oldest membership; a token's or
 * the local owner's as carried.
 * Refuses a workspace the user is not a member of (404), a change by a viewer (403) and a change made by session
 * cookie without its CSRF token (403).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class AccessFilter implements HttpServerFilter {

    static final String WORKSPACE_HEADER = "X-Crm-Workspace";

    private final Identity identity;
    private final CsrfTokens csrf;

    AccessFilter(Identity identity, CsrfTokens csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Authentication> principal = request.getUserPrincipal(Authentication.class);
        if (principal.isEmpty()) {
            return chain.proceed(request);
        }
        Authentication authentication = principal.get();
        if (PublicRoutes.isPublic(request)) {
            // A public route answers anyone but may tell a principal more (health's details, to owners): settle the
            // access when there is one, and answer as to a stranger when the workspace asked for is not theirs.
            return accessOf(authentication, request)
                    .doOnNext(access -> request.setAttribute(RequestAccess.ATTRIBUTE, access))
                    .onErrorResume(CrmException.class, notTheirs -> Mono.empty())
                    .thenMany(Flux.defer(() -> chain.proceed(request)));
        }
        boolean session = Principals.isSession(authentication);
        if (session && PublicRoutes.changesData(request) && !csrf.matches(request)) {
            return refuse(new Problem.Forbidden("a change made with the session cookie needs the " + CsrfTokens.HEADER
                    + " header from GET /api/me"));
        }
        return accessOf(authentication, request)
                .map(access -> access.from(addressOf(request)))
                .flatMapMany(access -> {
                    if (PublicRoutes.changesData(request)
                            && !PublicRoutes.isSignOut(request)
                            && !access.role().mayChangeData()) {
                        return refuse(new Problem.Forbidden("a viewer may read but not change anything"));
                    }
                    request.setAttribute(RequestAccess.ATTRIBUTE, access);
                    return chain.proceed(request);
                })
                .onErrorResume(
                        CrmException.class,
                        refused -> refuse(refused.problem())
                                .map(refusal ->
                                        refused.problem() instanceof Problem.NotFound && choosesByCookie(request)
                                                ? refusal.cookie(WorkspaceCookie.forgotten(request))
                                                : refusal));
    }

    private static boolean choosesByCookie(HttpRequest<?> request) {
        return !request.getHeaders().contains(WORKSPACE_HEADER)
                && WorkspaceCookie.of(request).isPresent();
    }

    private Mono<Access> accessOf(Authentication authentication, HttpRequest<?> request) {
        Optional<Access> carried = Principals.carriedAccess(authentication);
        if (carried.isPresent()) {
            return Mono.just(carried.get());
        }
        Optional<String> wanted = request.getHeaders()
                .getFirst(WORKSPACE_HEADER)
                .map(String::strip)
                .or(() -> WorkspaceCookie.of(request));
        try {
            return identity.accessOf(new UserId(authentication.getName()), wanted.map(WorkspaceId::new));
        } catch (IllegalArgumentException malformed) {
            // A name no workspace can have is not found, like any other workspace the user does not belong to.
            return CrmException.notFound("workspace", wanted.orElse(""));
        }
    }

    static String addressOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    private static Mono<MutableHttpResponse<?>> refuse(Problem problem) {
        return Mono.just(CrmExceptionHandler.problem(problem));
    }
}

package io.minicrm.adapter.http.identity;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.security.CsrfTokens;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Me;
import reactor.core.publisher.Mono;

/** {@code GET /api/me}: who am I, in which workspace and role, and where else I belong. */
@Controller("/api/me")
public class MeController {

    private final Identity identity;
    private final WorkspaceResolver workspaces;
    private final CsrfTokens csrf;

    public MeController(Identity identity, WorkspaceResolver workspaces, CsrfTokens csrf) {
        this.identity = identity;
        this.workspaces = workspaces;
        this.csrf = csrf;
    }

    @Get
    public Mono<MeResponse> me(HttpRequest<?> request) {
        Access access = workspaces.accessOf(request);
        String csrfToken = csrf.of(request).orElse(null);
        return identity.me(access.user())
                .map(me -> fromUser(me, access, csrfToken))
                // The local owner and API tokens are no signed-in user: their access is all there is to tell.
                .defaultIfEmpty(new MeResponse(
                        access.user().value(),
                        null,
                        null,
                        access.actor(),
                        access.workspace().value(),
                        access.role().wireName(),
                        List.of(new MeResponse.WorkspaceRole(
                                access.workspace().value(), access.role().wireName())),
                        csrfToken));
    }

    private static MeResponse fromUser(Me me, Access access, String csrfToken) {
        return new MeResponse(
                me.user().id().value(),
                me.user().email(),
                me.user().name(),
                access.actor(),
                access.workspace().value(),
                access.role().wireName(),
                me.memberships().stream()
                        .map(m -> new MeResponse.WorkspaceRole(
                                m.workspace().value(), m.role().wireName()))
                        .toList(),
                csrfToken);
    }
}

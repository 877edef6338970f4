package io.minicrm.adapter.http.web.account;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.security.WorkspaceCookie;
import io.minicrm.adapter.http.web.Htmx;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Identity;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code POST /workspace}: the switcher's choice, kept in the browser's {@link WorkspaceCookie} so that every later page
 * acts in that workspace; one the user does not belong to is not found, as in the {@code X-Crm-Workspace} header.
 */
@Hidden
@Controller
public class WorkspaceSwitch {

    private final Identity identity;
    private final WorkspaceResolver workspaces;

    public WorkspaceSwitch(Identity identity, WorkspaceResolver workspaces) {
        this.identity = identity;
        this.workspaces = workspaces;
    }

    @Post(uri = "/workspace", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<?>> choose(HttpRequest<?> request, @Body WorkspaceChoice choice) {
        String wanted = choice.workspace() == null ? "" : choice.workspace().strip();
        return named(wanted)
                .flatMap(workspace ->
                        identity.accessOf(workspaces.accessOf(request).user(), Optional.of(workspace)))
                .map(access -> toDashboard(request).cookie(WorkspaceCookie.choosing(access.workspace(), request)));
    }

    private static Mono<WorkspaceId> named(String workspace) {
        try {
            return Mono.just(new WorkspaceId(workspace));
        } catch (IllegalArgumentException malformed) {
            return CrmException.notFound("workspace", workspace);
        }
    }

    /** The new workspace's dashboard: htmx follows its own header, a form without it the redirect. */
    private static MutableHttpResponse<?> toDashboard(HttpRequest<?> request) {
        return Htmx.redirect(request, "/");
    }
}

package io.minicrm.adapter.http;

import io.micronaut.http.HttpRequest;
import io.minicrm.application.port.shared.Access;
import io.minicrm.domain.workspace.WorkspaceId;

/** Decides whose data a request acts on: the access its principal was given for the workspace it chose. */
public interface WorkspaceResolver {

    /** The caller's access; only routes that need a principal ask for it. */
    Access accessOf(HttpRequest<?> request);

    default WorkspaceId workspaceOf(HttpRequest<?> request) {
        return accessOf(request).workspace();
    }
}

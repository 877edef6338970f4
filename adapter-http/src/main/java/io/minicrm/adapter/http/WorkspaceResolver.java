package io.minicrm.adapter.http;

import io.micronaut.http.HttpRequest;
import io.minicrm.domain.workspace.WorkspaceId;

/** Decides whose data a request acts on; the one place that sign-in will change. */
public interface WorkspaceResolver {

    WorkspaceId workspaceOf(HttpRequest<?> request);
}

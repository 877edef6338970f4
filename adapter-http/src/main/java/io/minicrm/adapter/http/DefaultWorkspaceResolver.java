package io.minicrm.adapter.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Singleton;

/** Until sign-in exists, every request acts on the default workspace. */
@Singleton
@Requires(missingBeans = WorkspaceResolver.class)
public class DefaultWorkspaceResolver implements WorkspaceResolver {

    @Override
    public WorkspaceId workspaceOf(HttpRequest<?> request) {
        return WorkspaceId.DEFAULT;
    }
}

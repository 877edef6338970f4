package io.minicrm.adapter.http.security;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.application.port.shared.Access;
import jakarta.inject.Singleton;

/** Reads the access {@link AccessFilter} settled for the request before its controller ran. */
@Singleton
public class RequestAccess implements WorkspaceResolver {

    static final String ATTRIBUTE = "crm.access";

    @Override
    public Access accessOf(HttpRequest<?> request) {
        return find(request)
                .orElseThrow(() -> new IllegalStateException(
                        "no access was settled for " + request.getPath() + ": is the route listed as public?"));
    }

    /** Whether the request acts as an owner of its workspace: false for a stranger, even on a public route. */
    public static boolean isOwner(HttpRequest<?> request) {
        return find(request)
                .filter(access -> access.role().mayManageWorkspace())
                .isPresent();
    }

    static Optional<Access> find(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Access.class);
    }
}

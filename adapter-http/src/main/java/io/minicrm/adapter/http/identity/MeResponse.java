package io.minicrm.adapter.http.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who is calling, the workspace and role this request acts in, every workspace they belong to, and (for a session) the
 * CSRF token its changes must carry.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeResponse(
        String id,
        @Nullable String email,
        @Nullable String name,
        String principal,
        String workspace,
        String role,
        List<WorkspaceRole> workspaces,
        @Nullable String csrfToken) {

    /** A workspace the user belongs to and their role there. */
    @Serdeable
    public record WorkspaceRole(String workspace, String role) {}
}

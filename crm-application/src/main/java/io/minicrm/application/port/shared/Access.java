package io.minicrm.application.port.shared;

import java.util.Objects;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * Who acts, in which workspace and role: a signed-in user or an API token. {@code actor} names them in the audit log
 * ({@code user:<id>} or {@code token:<id>}), {@code from} says where their request came from.
 */
public record Access(String actor, UserId user, WorkspaceId workspace, Role role, String from) {

    public Access {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }

    public static Access ofUser(UserId user, WorkspaceId workspace, Role role) {
        return new Access("user:" + user.value(), user, workspace, role, "");
    }

    public Access from(String address) {
        return new Access(actor, user, workspace, role, address);
    }
}

package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.workspace.WorkspaceId;

/** A user's place in a workspace: the role they act in there, since when. */
public record Membership(WorkspaceId workspace, UserId user, Role role, Instant since) {

    public Membership {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }
}

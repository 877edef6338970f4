package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import io.minicrm.domain.workspace.WorkspaceId;

/** An owner's offer of a role in a workspace to whoever signs in with this e-mail; taken up at their next sign-in. */
public record Invitation(WorkspaceId workspace, String email, Role role, UserId invitedBy, Instant at) {

    public Invitation {
        Objects.requireNonNull(workspace, "workspace");
        email = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(at, "at");
    }
}

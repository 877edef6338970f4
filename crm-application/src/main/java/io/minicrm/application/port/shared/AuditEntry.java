package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * One thing done that an owner may need to account for: who did what, when and from where. A failed sign-in belongs
 * to no workspace.
 */
public record AuditEntry(
        Optional<WorkspaceId> workspace, Instant at, String actor, String action, String detail, String from) {

    public AuditEntry {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(from, "from");
    }
}

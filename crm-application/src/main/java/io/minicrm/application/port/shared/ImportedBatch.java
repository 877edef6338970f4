package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * One batch of an import was stored: how many customers it created and updated and how many orders it recorded. Bulk
 * work announces itself once per batch, so that a large file does not flood live views with one event per row.
 */
public record ImportedBatch(
        WorkspaceId workspace,
        ImportKind kind,
        long customersCreated,
        long customersUpdated,
        long ordersCreated,
        Instant occurredAt)
        implements CrmEvent {

    public ImportedBatch {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public boolean changedNothing() {
        return customersCreated == 0 && customersUpdated == 0 && ordersCreated == 0;
    }
}

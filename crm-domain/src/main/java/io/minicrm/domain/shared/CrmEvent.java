package io.minicrm.domain.shared;

import java.time.Instant;

import io.minicrm.domain.workspace.WorkspaceId;

/** Something that happened to an aggregate, told to whoever listens once the change is stored. */
public interface CrmEvent {

    WorkspaceId workspace();

    Instant occurredAt();
}

package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps the audit trail: entries are added, never changed. */
public interface AuditLog {

    Mono<Void> record(AuditEntry entry);

    /** The workspace's entries, newest first. */
    Mono<Page<AuditEntry>> list(WorkspaceId workspace, PageRequest page);
}

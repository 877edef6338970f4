package io.minicrm.application.inmemory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps the audit trail in memory, newest first. */
public final class InMemoryAuditLog implements AuditLog {

    private final ConcurrentLinkedDeque<AuditEntry> entries = new ConcurrentLinkedDeque<>();

    @Override
    public Mono<Void> record(AuditEntry entry) {
        return Mono.fromRunnable(() -> entries.addFirst(entry));
    }

    @Override
    public Mono<Page<AuditEntry>> list(WorkspaceId workspace, PageRequest page) {
        return Mono.fromSupplier(() -> {
            List<AuditEntry> ofWorkspace = entries.stream()
                    .filter(entry -> entry.workspace().equals(Optional.of(workspace)))
                    .toList();
            int from = (int) Math.min(page.offset(), ofWorkspace.size());
            return new Page<>(
                    ofWorkspace.subList(from, Math.min(from + page.size(), ofWorkspace.size())),
                    page,
                    ofWorkspace.size());
        });
    }
}

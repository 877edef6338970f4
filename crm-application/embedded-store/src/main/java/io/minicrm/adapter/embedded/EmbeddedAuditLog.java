package io.minicrm.adapter.embedded;

import java.util.List;
import java.util.UUID;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryAuditLog;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps the audit trail in the embedded file; the in-memory log it loaded at start answers every read. */
final class EmbeddedAuditLog implements AuditLog {

    private final InMemoryAuditLog memory;
    private final Table<AuditEntry> table;

    EmbeddedAuditLog(InMemoryAuditLog memory, Table<AuditEntry> table) {
        this.memory = memory;
        this.table = table;
    }

    /** Keys in the order of the entries' times, so that a start reads them back oldest first; unique as entries have no id. */
    private static String key(AuditEntry entry) {
        return "%019d%09d-%s".formatted(entry.at().getEpochSecond(), entry.at().getNano(), UUID.randomUUID());
    }

    @Override
    public Mono<Void> record(AuditEntry entry) {
        return table.write(memory.record(entry), recorded -> List.of(new Touched<>(key(entry), Mono.just(entry))));
    }

    @Override
    public Mono<Page<AuditEntry>> list(WorkspaceId workspace, PageRequest page) {
        return memory.list(workspace, page);
    }
}

package io.minicrm.adapter.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** Keeps the audit trail in MongoDB, one insert per entry, listed newest first. */
public final class MongoAuditLog implements AuditLog {

    private final MongoCollection<Document> entries;

    MongoAuditLog(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    @Override
    public Mono<Void> record(AuditEntry entry) {
        return Mono.from(entries.insertOne(IdentityCodec.auditEntry(entry))).then();
    }

    @Override
    public Mono<Page<AuditEntry>> list(WorkspaceId workspace, PageRequest page) {
        return Paging.page(
                entries,
                Filters.eq("ws", workspace.value()),
                Sorts.descending("at", "_id"),
                page,
                IdentityCodec::auditEntry);
    }
}

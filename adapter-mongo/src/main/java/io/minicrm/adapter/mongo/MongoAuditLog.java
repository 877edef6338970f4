package io.minicrm.adapter.mongo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * Keeps the audit trail in MongoDB, one document per entry, listed newest first. An entry's id is derived from all it
 * says, down to the nanosecond, so that recording it again (a copy run a second time) keeps one.
 */
public final class MongoAuditLog implements AuditLog {

    private final MongoCollection<Document> entries;

    MongoAuditLog(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    @Override
    public Mono<Void> record(AuditEntry entry) {
        Document document = IdentityCodec.auditEntry(entry);
        String id = UUID.nameUUIDFromBytes(document.toJson().getBytes(StandardCharsets.UTF_8))
                .toString();
        return Mono.from(entries.replaceOne(
                        Filters.eq("_id", id), document.append("_id", id), new ReplaceOptions().upsert(true)))
                .then();
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

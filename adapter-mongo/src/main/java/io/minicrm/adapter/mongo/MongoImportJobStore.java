package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.ImportJobCodec.ID;
import static io.minicrm.adapter.mongo.ImportJobCodec.WORKSPACE;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps import jobs in MongoDB, so that an import's report outlives the process that ran it. */
public final class MongoImportJobStore implements ImportJobStore {

    private final MongoCollection<Document> jobs;

    MongoImportJobStore(MongoCollection<Document> jobs) {
        this.jobs = jobs;
    }

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return Mono.defer(() -> Mono.from(jobs.replaceOne(byId(job.workspace(), job.id()), ImportJobCodec.toDocument(job),
                new ReplaceOptions().upsert(true)))).thenReturn(job);
    }

    @Override
    public Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id) {
        return Mono.from(jobs.find(byId(workspace, id)).first()).map(ImportJobCodec::toJob);
    }

    private static Bson byId(WorkspaceId workspace, ImportJobId id) {
        return Bsons.byKey(workspace.value(), id.value());
    }
}

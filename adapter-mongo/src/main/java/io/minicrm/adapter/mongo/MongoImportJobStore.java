package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.ImportJobCodec.ID;
import static io.minicrm.adapter.mongo.ImportJobCodec.STARTED_AT;
import static io.minicrm.adapter.mongo.ImportJobCodec.STATUS;
import static io.minicrm.adapter.mongo.ImportJobCodec.UPDATED_AT;
import static io.minicrm.adapter.mongo.ImportJobCodec.WORKSPACE;

import java.time.Instant;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps import jobs in MongoDB, so that an import's report outlives the process that ran it. Touching a job and
 * marking it interrupted are updates filtered on its being still running (and, for the latter, on the time it was
 * last updated as read), so that neither undoes a save made in the meantime.
 */
public final class MongoImportJobStore implements ImportJobStore {

    private final MongoCollection<Document> jobs;

    MongoImportJobStore(MongoCollection<Document> jobs) {
        this.jobs = jobs;
    }

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return Mono.defer(() -> Mono.from(jobs.replaceOne(
                        byId(job.workspace(), job.id()),
                        ImportJobCodec.toDocument(job),
                        new ReplaceOptions().upsert(true))))
                .thenReturn(job);
    }

    @Override
    public Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id) {
        return Mono.from(jobs.find(byId(workspace, id)).first()).map(ImportJobCodec::toJob);
    }

    @Override
    public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
        return Paging.page(
                jobs,
                Filters.eq(WORKSPACE, workspace.value()),
                Sorts.descending(STARTED_AT, ID),
                page,
                ImportJobCodec::toJob);
    }

    @Override
    public Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now) {
        return Mono.from(jobs.updateOne(
                        byId(workspace, id).append(STATUS, ImportStatus.RUNNING.name()),
                        Updates.set(UPDATED_AT, Bsons.instant(now))))
                .then();
    }

    @Override
    public Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now) {
        Bson silent = Filters.and(
                Filters.eq(STATUS, ImportStatus.RUNNING.name()), Filters.lt(UPDATED_AT, Bsons.instant(updatedBefore)));
        return Flux.from(jobs.find(silent).batchSize(Paging.STREAM_BATCH))
                .map(ImportJobCodec::toJob)
                .concatMap(job -> {
                    ImportJob interrupted = job.interrupted(reason, now);
                    Document unchanged = byId(job.workspace(), job.id())
                            .append(STATUS, ImportStatus.RUNNING.name())
                            .append(UPDATED_AT, Bsons.instant(job.updatedAt()));
                    return Mono.from(jobs.replaceOne(unchanged, ImportJobCodec.toDocument(interrupted)))
                            .filter(result -> result.getMatchedCount() > 0)
                            .map(result -> interrupted);
                });
    }

    private static Document byId(WorkspaceId workspace, ImportJobId id) {
        return Bsons.byKey(workspace.value(), id.value());
    }
}

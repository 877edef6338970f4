package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.SegmentCodec.CREATED_AT;
import static io.minicrm.adapter.mongo.SegmentCodec.ID;
import static io.minicrm.adapter.mongo.SegmentCodec.WORKSPACE;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/** Keeps segments in MongoDB, one document each, newest first in listings. */
public final class MongoSegmentStore implements SegmentStore {

    private final MongoCollection<Document> segments;

    MongoSegmentStore(MongoCollection<Document> segments) {
        this.segments = segments;
    }

    @Override
    public Mono<Segment> save(Segment segment) {
        return Mono.defer(() -> Mono.from(segments.replaceOne(
                        byId(segment.workspace(), segment.id()),
                        SegmentCodec.toDocument(segment),
                        new ReplaceOptions().upsert(true))))
                .thenReturn(segment);
    }

    @Override
    public Mono<Segment> findById(WorkspaceId workspace, SegmentId id) {
        return Mono.from(segments.find(byId(workspace, id)).first()).map(SegmentCodec::toSegment);
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, SegmentId id) {
        return Mono.from(segments.deleteOne(byId(workspace, id))).map(deleted -> deleted.getDeletedCount() > 0);
    }

    @Override
    public Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page) {
        return Paging.page(
                segments,
                Filters.eq(WORKSPACE, workspace.value()),
                Sorts.descending(CREATED_AT, ID),
                page,
                SegmentCodec::toSegment);
    }

    private static Bson byId(WorkspaceId workspace, SegmentId id) {
        return Bsons.byKey(workspace.value(), id.value());
    }
}

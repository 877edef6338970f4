package io.minicrm.application.inmemory;

import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps segments in memory, by id within each workspace. */
public final class InMemorySegmentStore implements SegmentStore {

    private static final Comparator<Segment> NEWEST_FIRST =
            Pages.newestFirst(Segment::createdAt, segment -> segment.id().value());

    private final PerWorkspace<ConcurrentMap<SegmentId, Segment>> tables = new PerWorkspace<>(ConcurrentHashMap::new);

    @Override
    public Mono<Segment> save(Segment segment) {
        return Mono.fromSupplier(() -> {
            tables.forWriting(segment.workspace()).put(segment.id(), segment);
            return segment;
        });
    }

    @Override
    public Mono<Segment> findById(WorkspaceId workspace, SegmentId id) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).get(id));
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, SegmentId id) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).remove(id) != null);
    }

    @Override
    public Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page) {
        return Mono.fromSupplier(
                () -> Pages.ofSorted(tables.forReading(workspace).values().stream(), NEWEST_FIRST, page));
    }
}

package io.minicrm.application.port.out;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps segments, newest first in listings. */
public interface SegmentStore {

    /** Inserts or replaces the segment by id. */
    Mono<Segment> save(Segment segment);

    Mono<Segment> findById(WorkspaceId workspace, SegmentId id);

    Mono<Boolean> delete(WorkspaceId workspace, SegmentId id);

    Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page);
}

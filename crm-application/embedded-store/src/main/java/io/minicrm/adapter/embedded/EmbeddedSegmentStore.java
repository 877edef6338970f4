package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.port.out.forwarding.ForwardingSegmentStore;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps segments in the embedded file; the in-memory store it loaded at start answers every read. */
public final class EmbeddedSegmentStore extends ForwardingSegmentStore {

    private final Table<Segment> table;

    EmbeddedSegmentStore(InMemorySegmentStore memory, Table<Segment> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<Segment> save(Segment segment) {
        return table.write(delegate().save(segment), result -> touched(segment.workspace(), segment.id()));
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, SegmentId id) {
        return table.write(delegate().delete(workspace, id), result -> touched(workspace, id));
    }

    private List<Touched<Segment>> touched(WorkspaceId workspace, SegmentId id) {
        return List.of(
                new Touched<>(Table.key(workspace, id.value()), delegate().findById(workspace, id)));
    }
}

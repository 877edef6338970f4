package io.minicrm.adapter.http.web.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/** The names of a workspace's segments by id, in the order the engine lists them, to name a campaign's audience. */
@Singleton
public class SegmentNames {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final Segments segments;

    public SegmentNames(Segments segments) {
        this.segments = segments;
    }

    Mono<Map<SegmentId, String>> of(WorkspaceId workspace) {
        return segments.list(workspace, ALL).map(page -> {
            Map<SegmentId, String> names = new LinkedHashMap<>();
            for (Segment segment : page.items()) {
                names.put(segment.id(), segment.name());
            }
            return names;
        });
    }
}

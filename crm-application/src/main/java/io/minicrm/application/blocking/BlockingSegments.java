package io.minicrm.application.blocking;

import java.util.Optional;

import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Segments} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingSegments {

    private final Segments segments;
    private final Waiting waiting;

    BlockingSegments(Segments segments, Waiting waiting) {
        this.segments = segments;
        this.waiting = waiting;
    }

    public Segment define(WorkspaceId workspace, SegmentDraft draft) {
        return waiting.value(segments.define(workspace, draft));
    }

    /** See {@link Segments#validate}. */
    public Rule validate(WorkspaceId workspace, RuleSource rule) {
        return waiting.value(segments.validate(workspace, rule));
    }

    public Segment update(WorkspaceId workspace, SegmentId id, SegmentDraft draft) {
        return waiting.value(segments.update(workspace, id, draft));
    }

    public void delete(WorkspaceId workspace, SegmentId id) {
        waiting.done(segments.delete(workspace, id));
    }

    /** Empty when the workspace has no such segment. */
    public Optional<Segment> get(WorkspaceId workspace, SegmentId id) {
        return waiting.optional(segments.get(workspace, id));
    }

    public Page<Segment> list(WorkspaceId workspace, PageRequest page) {
        return waiting.value(segments.list(workspace, page));
    }

    public AudiencePreview preview(WorkspaceId workspace, RuleSource rule, int sampleSize) {
        return waiting.value(segments.preview(workspace, rule, sampleSize));
    }

    public AudiencePreview preview(WorkspaceId workspace, SegmentId id, int sampleSize) {
        return waiting.value(segments.preview(workspace, id, sampleSize));
    }
}

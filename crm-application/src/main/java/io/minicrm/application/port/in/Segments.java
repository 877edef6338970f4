package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Defining audiences by rules, checking rules, and previewing who they select. Thread-safe: every method may be called
 * from any thread, concurrently; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Segments {

    /** The fields rules may name (standard fields and the custom attributes), with their types. */
    FieldCatalogue catalogue();

    Mono<Segment> define(WorkspaceId workspace, SegmentDraft draft);

    /** The rule, parsed and checked against the workspace's fields; an {@code Invalid} naming every problem otherwise. */
    Mono<Rule> validate(WorkspaceId workspace, RuleSource rule);

    Mono<Segment> update(WorkspaceId workspace, SegmentId id, SegmentDraft draft);

    Mono<Void> delete(WorkspaceId workspace, SegmentId id);

    Mono<Segment> get(WorkspaceId workspace, SegmentId id);

    Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page);

    Mono<AudiencePreview> preview(WorkspaceId workspace, RuleSource rule, int sampleSize);

    Mono<AudiencePreview> preview(WorkspaceId workspace, SegmentId id, int sampleSize);
}

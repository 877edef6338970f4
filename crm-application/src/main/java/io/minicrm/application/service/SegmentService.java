package io.minicrm.application.service;

import java.time.Instant;
import java.util.List;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.AudiencePreview;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.Cache;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RuleSyntaxError;
import io.minicrm.domain.segment.RuleValidator;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentCreated;
import io.minicrm.domain.segment.SegmentDeleted;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.SegmentUpdated;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import reactor.core.publisher.Mono;

/** Defines, redefines and removes segments, telling listeners of each change, and previews who a rule selects. */
public final class SegmentService implements Segments {

    private final SegmentStore segments;
    private final EventPublisher events;
    private final AudienceExplainer explainer;
    private final RuleValidator validator;
    private final CrmSettings settings;

    public SegmentService(
            SegmentStore segments, CustomerStore customers, EventPublisher events, Cache cache, CrmSettings settings) {
        this.segments = segments;
        this.events = events;
        this.explainer = new AudienceExplainer(customers, cache, settings);
        this.validator = new RuleValidator(settings.catalogue());
        this.settings = settings;
    }

    @Override
    public FieldCatalogue catalogue() {
        return settings.catalogue();
    }

    @Override
    public Mono<Segment> define(WorkspaceId workspace, SegmentDraft draft) {
        return Mono.defer(() -> define(workspace, draft, settings.clock().instant()));
    }

    private Mono<Segment> define(WorkspaceId workspace, SegmentDraft draft, Instant now) {
        return validate(workspace, draft.rule())
                .flatMap(rule -> named(draft)
                        .map(name -> new Segment(
                                workspace,
                                new SegmentId(settings.ids().next()),
                                name,
                                draft.description(),
                                rule,
                                draft.createdBy(),
                                now,
                                now)))
                .flatMap(segments::save)
                .flatMap(stored ->
                        events.publish(new SegmentCreated(stored, now)).thenReturn(stored));
    }

    @Override
    public Mono<Rule> validate(WorkspaceId workspace, RuleSource source) {
        Either<Problem, Rule> parsed = switch (source) {
            case RuleSource.Text(String text) -> RuleParser.parse(text).mapLeft(RuleSyntaxError::toProblem);
            case RuleSource.Tree(Rule rule) -> Either.right(rule);
        };
        return CrmException.orRefuse(parsed.flatMap(validator::validate));
    }

    @Override
    public Mono<Segment> update(WorkspaceId workspace, SegmentId id, SegmentDraft draft) {
        return existing(workspace, id)
                .flatMap(segment -> validate(workspace, draft.rule())
                        .flatMap(rule -> named(draft)
                                .map(name -> segment.redefine(
                                        name,
                                        draft.description(),
                                        rule,
                                        settings.clock().instant()))))
                .flatMap(segments::save)
                .flatMap(stored -> events.publish(new SegmentUpdated(stored, stored.updatedAt()))
                        .thenReturn(stored));
    }

    @Override
    public Mono<Void> delete(WorkspaceId workspace, SegmentId id) {
        return segments.delete(workspace, id)
                .flatMap(deleted -> deleted
                        ? events.publish(new SegmentDeleted(
                                workspace, id, settings.clock().instant()))
                        : CrmException.notFound("segment", id));
    }

    @Override
    public Mono<Segment> get(WorkspaceId workspace, SegmentId id) {
        return segments.findById(workspace, id);
    }

    @Override
    public Mono<Page<Segment>> list(WorkspaceId workspace, PageRequest page) {
        return segments.list(workspace, page);
    }

    @Override
    public Mono<AudiencePreview> preview(WorkspaceId workspace, RuleSource rule, int sampleSize) {
        return validate(workspace, rule).flatMap(valid -> explainer.preview(workspace, valid, sampleSize));
    }

    @Override
    public Mono<AudiencePreview> preview(WorkspaceId workspace, SegmentId id, int sampleSize) {
        return existing(workspace, id).flatMap(segment -> explainer.preview(workspace, segment.rule(), sampleSize));
    }

    private Mono<Segment> existing(WorkspaceId workspace, SegmentId id) {
        return segments.findById(workspace, id).switchIfEmpty(CrmException.notFound("segment", id));
    }

    private static Mono<String> named(SegmentDraft draft) {
        List<Problem.Violation> violations = Segment.violations(draft.name(), draft.description());
        return draft.name() == null || !violations.isEmpty()
                ? CrmException.refuse(new Problem.Invalid(violations))
                : Mono.just(draft.name().strip());
    }
}

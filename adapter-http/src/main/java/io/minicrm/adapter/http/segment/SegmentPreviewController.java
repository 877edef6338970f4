package io.minicrm.adapter.http.segment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Mono;

/** {@code /api/segment-rules}: check a rule, and preview who a rule or a segment selects, node by node. */
@Controller("/api/segment-rules")
public class SegmentPreviewController {

    private final Segments segments;
    private final SegmentMapper mapper;
    private final WorkspaceResolver workspaces;

    public SegmentPreviewController(Segments segments, SegmentMapper mapper, WorkspaceResolver workspaces) {
        this.segments = segments;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Checks a rule given as text or JSON: the rule in both forms, or a 400 naming every problem by path or line and column. */
    @Post("/validate")
    @InvalidResponse
    public Mono<ValidationResponse> validate(HttpRequest<?> request, @Body RuleRequest body) {
        return Mono.fromSupplier(() -> RuleSources.of(body.rule()))
                .flatMap(rule -> segments.validate(workspaces.workspaceOf(request), rule))
                .map(mapper::toValidation);
    }

    /** Previews a rule given as text or JSON: audience size, up to {@code sample} customers (100 at most), matches per node. */
    @Post("/preview")
    @InvalidResponse
    public Mono<PreviewResponse> preview(
            HttpRequest<?> request, @Body RuleRequest body, @QueryValue(defaultValue = "10") int sample) {
        return sampleSize(sample)
                .flatMap(size -> Mono.fromSupplier(() -> RuleSources.of(body.rule()))
                        .flatMap(rule -> segments.preview(workspaces.workspaceOf(request), rule, size)))
                .map(mapper::toResponse);
    }

    /** Previews a saved segment's rule as {@code POST /preview} does; 404 when the workspace has no such segment. */
    @Get("/{id}/preview")
    @InvalidResponse
    @NotFoundResponse
    public Mono<PreviewResponse> previewSegment(
            HttpRequest<?> request, String id, @QueryValue(defaultValue = "10") int sample) {
        return sampleSize(sample)
                .flatMap(size -> segments.preview(workspaces.workspaceOf(request), new SegmentId(id), size))
                .map(mapper::toResponse);
    }

    private static Mono<Integer> sampleSize(int sample) {
        return sample < 0
                ? CrmException.refuse(Problem.Invalid.of("sample", "a sample holds 0 or more customers, not " + sample))
                : Mono.just(sample);
    }
}

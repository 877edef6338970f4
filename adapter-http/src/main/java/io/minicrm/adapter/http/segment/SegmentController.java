package io.minicrm.adapter.http.segment;

import java.security.Principal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.segment.SegmentId;
import reactor.core.publisher.Mono;

/** {@code /api/segment-rules}: define, find, list, redefine and remove segments. */
@Controller("/api/segment-rules")
public class SegmentController {

    private final Segments segments;
    private final SegmentMapper mapper;
    private final WorkspaceResolver workspaces;

    public SegmentController(Segments segments, SegmentMapper mapper, WorkspaceResolver workspaces) {
        this.segments = segments;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists the workspace's segments a page at a time. */
    @Get
    @InvalidResponse
    public Mono<PageResponse<SegmentResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return Paging.of(page, size)
                .flatMap(paging -> segments.list(workspaces.workspaceOf(request), paging))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }

    /**
     * Defines a segment whose rule is given as text or as a JSON rule object, or as the original system's logicType and
     * conditions; 201 with the rule in both forms.
     */
    @Post
    @Status(HttpStatus.CREATED)
    @InvalidResponse
    public Mono<SegmentResponse> define(HttpRequest<?> request, @Body SegmentRequest body) {
        return draft(request, body)
                .flatMap(draft -> segments.define(workspaces.workspaceOf(request), draft))
                .onErrorMap(refused -> inRequestTerms(refused, body))
                .map(mapper::toResponse);
    }

    /** Finds one segment; 404 when the workspace has none with this id. */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<SegmentResponse> get(HttpRequest<?> request, String id) {
        return segments.get(workspaces.workspaceOf(request), new SegmentId(id))
                .switchIfEmpty(CrmException.notFound("segment", id))
                .map(mapper::toResponse);
    }

    /** Replaces a segment's name, description and rule. */
    @Put("/{id}")
    @InvalidResponse
    @NotFoundResponse
    public Mono<SegmentResponse> update(HttpRequest<?> request, String id, @Body SegmentRequest body) {
        return draft(request, body)
                .flatMap(draft -> segments.update(workspaces.workspaceOf(request), new SegmentId(id), draft))
                .onErrorMap(refused -> inRequestTerms(refused, body))
                .map(mapper::toResponse);
    }

    /** Removes a segment; 404 when the workspace has none with this id. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @NotFoundResponse
    public Mono<Void> delete(HttpRequest<?> request, String id) {
        return segments.delete(workspaces.workspaceOf(request), new SegmentId(id));
    }

    // The creator is whoever signed in: no one until sign-in exists.
    private Mono<SegmentDraft> draft(HttpRequest<?> request, SegmentRequest body) {
        String createdBy = request.getUserPrincipal().map(Principal::getName).orElse("");
        return Mono.fromSupplier(() -> mapper.toDraft(body, createdBy));
    }

    // A rule sent as conditions is refused in the terms of the conditions, not of the rule tree made from them.
    private static Throwable inRequestTerms(Throwable refused, SegmentRequest body) {
        return ConditionList.given(body) ? ConditionList.inRequestTerms(refused) : refused;
    }
}

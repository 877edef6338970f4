package io.minicrm.adapter.http.web.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.segment.RuleJson;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /segments}: the workspace's segments, and the rule builder that defines a new one or redefines one. The
 * builder saves and previews through the API ({@code /api/segment-rules}) from the browser.
 */
@Hidden
@Controller("/segments")
public class SegmentPages {

    private static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final Segments segments;
    private final WorkspaceResolver workspaces;
    private final JsonMapper json;

    public SegmentPages(Pages pages, Segments segments, WorkspaceResolver workspaces, JsonMapper json) {
        this.pages = pages;
        this.segments = segments;
        this.workspaces = workspaces;
        this.json = json;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> list(
            HttpRequest<?> request, @QueryValue(defaultValue = "0") int page) {
        return Paging.of(page, PAGE_SIZE)
                .flatMap(paging -> segments.list(workspaces.workspaceOf(request), paging))
                .flatMap(found -> pages.render(
                        request,
                        "Segments",
                        Section.SEGMENTS,
                        "segment/list",
                        Map.of("segments", found.map(SegmentRow::of))));
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> create(HttpRequest<?> request) {
        return builder(
                request, "New segment", new SegmentEditor(null, "", "", write(RuleJson.write(Rule.all())), fields()));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> edit(HttpRequest<?> request, String id) {
        return segments.get(workspaces.workspaceOf(request), new SegmentId(id))
                .flatMap(segment -> builder(request, segment.name(), editor(segment)))
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.SEGMENTS, "segment")));
    }

    /** A segment's audience size, which the list fetches row by row so that no row waits for another's count. */
    @Get(uri = "/{id}/size", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> size(HttpRequest<?> request, String id) {
        return segments.preview(workspaces.workspaceOf(request), new SegmentId(id), 0)
                .map(preview -> Pages.fragment("segment/size", Map.of("size", Formats.count(preview.size()))));
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> builder(
            HttpRequest<?> request, String title, SegmentEditor editor) {
        return pages.render(request, title, Section.SEGMENTS, "segment/builder", Map.of("editor", editor));
    }

    private SegmentEditor editor(Segment segment) {
        return new SegmentEditor(
                segment.id().value(),
                segment.name(),
                segment.description(),
                write(RuleJson.write(segment.rule())),
                fields());
    }

    private String fields() {
        return write(BuilderField.of(segments.catalogue()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}

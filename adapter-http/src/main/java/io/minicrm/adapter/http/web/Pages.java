package io.minicrm.adapter.http.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.security.CsrfTokens;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.Me;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/** Renders the app's pages: every page gets its {@link Page} (who is looking, in which workspace) beside its model. */
@Singleton
public class Pages {

    private final WorkspaceResolver workspaces;
    private final Identity identity;
    private final CsrfTokens csrf;

    public Pages(WorkspaceResolver workspaces, Identity identity, CsrfTokens csrf) {
        this.workspaces = workspaces;
        this.identity = identity;
        this.csrf = csrf;
    }

    /** The layout's part of a page about {@code section}, for the caller of {@code request}. */
    public Mono<Page> page(HttpRequest<?> request, String title, Section section) {
        Access access = workspaces.accessOf(request);
        String csrfToken = csrf.of(request).orElse(null);
        return identity.me(access.user())
                .map(me -> viewer(me, access))
                // The local owner and API tokens are no signed-in user: their access is all there is to show.
                .defaultIfEmpty(new Viewer(
                        access.actor().equals("user:local") ? "Local owner" : access.actor(),
                        access.workspace().value(),
                        access.role().wireName(),
                        List.of(access.workspace().value()),
                        false))
                .map(viewer -> new Page(title, section, viewer, csrfToken));
    }

    /** The whole page {@code view} (a template under {@code src/main/jte}) with the layout's part and its model. */
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> render(
            HttpRequest<?> request, String title, Section section, String view, Map<String, Object> model) {
        return page(request, title, section).map(page -> html(view, withPage(page, model)));
    }

    /**
     * The 404 page a link to something the workspace does not hold leads to, saying what is missing and leading back to
     * {@code section}: the same for an id that never existed and one of another workspace.
     */
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> missing(
            HttpRequest<?> request, Section section, String what) {
        return page(request, "Not found", section)
                .map(page -> HttpResponse.<ModelAndView<Map<String, Object>>>notFound(
                                new ModelAndView<>("missing", Map.of("page", page, "what", what)))
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Cache-Control", "no-store"));
    }

    /** A part of a page that htmx swaps in; it has no layout, so it needs no {@link Page}. */
    public static HttpResponse<ModelAndView<Map<String, Object>>> fragment(String view, Map<String, Object> model) {
        return html(view, model);
    }

    private static Map<String, Object> withPage(Page page, Map<String, Object> model) {
        var all = new HashMap<String, Object>(model);
        all.put("page", page);
        return all;
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> html(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model))
                .contentType(MediaType.TEXT_HTML_TYPE)
                // Pages show live data: a back button or a proxy must not show yesterday's figures.
                .header("Cache-Control", "no-store");
    }

    private static Viewer viewer(Me me, Access access) {
        return new Viewer(
                me.user().name(),
                access.workspace().value(),
                access.role().wireName(),
                me.memberships().stream().map(m -> m.workspace().value()).toList(),
                true);
    }
}

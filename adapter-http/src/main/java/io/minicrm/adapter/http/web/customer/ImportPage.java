package io.minicrm.adapter.http.web.customer;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.PageRequest;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /customers/import} and {@code /orders/import}: the form that sends a CSV file to the upload API (the page's
 * script posts it, as the API wants the CSRF header), the workspace's latest imports, and {@code /imports/{id}}, one
 * import followed until its report is in.
 */
@Hidden
@Controller
public class ImportPage {

    private static final PageRequest LATEST = new PageRequest(0, 10);

    private final Pages pages;
    private final Imports imports;
    private final WorkspaceResolver workspaces;

    public ImportPage(Pages pages, Imports imports, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.imports = imports;
        this.workspaces = workspaces;
    }

    @Get(uri = "/customers/import", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> customers(HttpRequest<?> request) {
        return upload(request, ImportKind.CUSTOMERS);
    }

    @Get(uri = "/orders/import", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> orders(HttpRequest<?> request) {
        return upload(request, ImportKind.ORDERS);
    }

    /** An import's page; {@code rows}, the rows the browser counted in the file, lets its progress show a share. */
    @Get(uri = "/imports/{id}", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> job(
            HttpRequest<?> request, String id, @Nullable @QueryValue String rows) {
        return imports.job(workspaces.workspaceOf(request), new ImportJobId(id))
                .flatMap(job -> pages.render(
                        request,
                        "Import of " + ImportView.kindOf(job.kind()),
                        sectionOf(job.kind()),
                        "customer/job",
                        Map.of("job", ImportView.of(job, rowsOf(rows)))))
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.CUSTOMERS, "import")));
    }

    /** The progress alone, which the import's page asks for every half second until the import has finished. */
    @Get(uri = "/imports/{id}/progress", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> progress(
            HttpRequest<?> request, String id, @Nullable @QueryValue String rows) {
        return imports.job(workspaces.workspaceOf(request), new ImportJobId(id))
                .map(job -> Pages.fragment("customer/progress", Map.of("job", ImportView.of(job, rowsOf(rows)))))
                .defaultIfEmpty(HttpResponse.notFound());
    }

    private Mono<HttpResponse<ModelAndView<Map<String, Object>>>> upload(HttpRequest<?> request, ImportKind kind) {
        String what = ImportView.kindOf(kind);
        return imports.list(workspaces.workspaceOf(request), LATEST)
                .map(latest -> latest.map(ImportSummary::of).items())
                .flatMap(latest -> pages.render(
                        request,
                        "Import " + what,
                        sectionOf(kind),
                        "customer/import",
                        Map.of("kind", what, "latest", latest)));
    }

    private static Section sectionOf(ImportKind kind) {
        return kind == ImportKind.CUSTOMERS ? Section.CUSTOMERS : Section.ORDERS;
    }

    @Nullable
    private static Long rowsOf(@Nullable String rows) {
        try {
            return rows == null ? null : Long.valueOf(rows.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}

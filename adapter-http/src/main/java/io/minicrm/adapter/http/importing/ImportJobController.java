package io.minicrm.adapter.http.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportJobId;
import reactor.core.publisher.Mono;

/** {@code /api/imports}: the workspace's imports, newest first; one of them followed while it runs and read once it is over. */
@Controller("/api/imports")
public class ImportJobController {

    private final Imports imports;
    private final ImportMapper mapper;
    private final WorkspaceResolver workspaces;

    public ImportJobController(Imports imports, ImportMapper mapper, WorkspaceResolver workspaces) {
        this.imports = imports;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists the workspace's import jobs, newest first. */
    @Get
    @InvalidResponse
    public Mono<PageResponse<ImportJobResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return Paging.of(page, size)
                .flatMap(wanted -> imports.list(workspaces.workspaceOf(request), wanted))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }

    /** The import job: its status and its report so far, or once finished its final report (and failure, if any). */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<ImportJobResponse> get(HttpRequest<?> request, String id) {
        return imports.job(workspaces.workspaceOf(request), new ImportJobId(id))
                .switchIfEmpty(CrmException.notFound("import job", id))
                .map(mapper::toResponse);
    }
}

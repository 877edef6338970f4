package io.minicrm.adapter.http.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.shared.ImportJobId;
import reactor.core.publisher.Mono;

/** {@code /api/imports}: follows an upload while it runs and reads its report once it is over. */
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

    /** The import job: its status and its report so far, or once finished its final report (and failure, if any). */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<ImportJobResponse> get(HttpRequest<?> request, String id) {
        return imports.job(workspaces.workspaceOf(request), new ImportJobId(id))
                .switchIfEmpty(CrmException.notFound("import job", id))
                .map(mapper::toResponse);
    }
}

package io.minicrm.adapter.http.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.application.port.in.Identity;
import reactor.core.publisher.Mono;

/** {@code GET /api/audit}: the workspace's audit log, newest first, for its owners. */
@Controller("/api/audit")
public class AuditController {

    private final Identity identity;
    private final IdentityMapper mapper;
    private final WorkspaceResolver workspaces;

    public AuditController(Identity identity, IdentityMapper mapper, WorkspaceResolver workspaces) {
        this.identity = identity;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    @Get
    @InvalidResponse
    public Mono<PageResponse<AuditEntryResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return Paging.of(page, size)
                .flatMap(pageRequest -> identity.auditLog(workspaces.accessOf(request), pageRequest))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }
}

package io.minicrm.adapter.http.suppression;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Suppressions;
import io.minicrm.domain.campaign.Channel;
import reactor.core.publisher.Mono;

/** {@code /api/suppressions}: the workspace's suppression list, newest first, and lifting an entry. */
@Controller("/api/suppressions")
public class SuppressionController {

    private final Suppressions suppressions;
    private final WorkspaceResolver workspaces;

    public SuppressionController(Suppressions suppressions, WorkspaceResolver workspaces) {
        this.suppressions = suppressions;
        this.workspaces = workspaces;
    }

    /** Lists the suppressed addresses a page at a time. */
    @Get
    @InvalidResponse
    public Mono<PageResponse<SuppressionResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size) {
        return Paging.of(page, size)
                .flatMap(paging -> suppressions.list(workspaces.workspaceOf(request), paging))
                .map(found -> PageResponse.of(found, SuppressionResponse::of));
    }

    /**
     * Lifts an address's suppression for a channel ({@code EMAIL} or {@code SMS}), so that later campaigns message it
     * again; 204, a 400 naming {@code channel} when it is neither, a 404 when the address is not suppressed.
     */
    @Delete("/{channel}/{address}")
    @Status(HttpStatus.NO_CONTENT)
    @InvalidResponse
    @NotFoundResponse
    public Mono<Void> lift(HttpRequest<?> request, String channel, String address) {
        return Parameters.choice(Channel.class, "channel", channel)
                .fold(
                        CrmException::refuse,
                        chosen -> suppressions.lift(workspaces.workspaceOf(request), chosen, address));
    }
}

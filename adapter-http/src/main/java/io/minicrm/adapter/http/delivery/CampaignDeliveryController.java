package io.minicrm.adapter.http.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.DeliveryStatus;
import reactor.core.publisher.Mono;

/** {@code /api/campaigns/{id}/deliveries}: a campaign's communication log. */
@Controller("/api/campaigns/{id}/deliveries")
public class CampaignDeliveryController {

    private final Deliveries deliveries;
    private final DeliveryMapper mapper;
    private final WorkspaceResolver workspaces;

    public CampaignDeliveryController(Deliveries deliveries, DeliveryMapper mapper, WorkspaceResolver workspaces) {
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Lists the campaign's deliveries, optionally only those in one {@code status}; a 404 for an unknown campaign. */
    @Get
    @InvalidResponse
    @NotFoundResponse
    public Mono<PageResponse<DeliveryResponse>> list(
            HttpRequest<?> request,
            String id,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size,
            @Nullable @QueryValue String status) {
        return Paging.of(page, size)
                .zipWith(CrmException.orRefuse(Parameters.optionalChoice(DeliveryStatus.class, "status", status)))
                .flatMap(query -> deliveries.list(
                        workspaces.workspaceOf(request), new CampaignId(id), query.getT2(), query.getT1()))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }
}

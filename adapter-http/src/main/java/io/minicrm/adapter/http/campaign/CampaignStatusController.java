package io.minicrm.adapter.http.campaign;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.domain.campaign.CampaignId;
import reactor.core.publisher.Mono;

/** {@code /api/status}: the route the original system's clients poll to follow a campaign while it is sent. */
@Controller("/api/status")
public class CampaignStatusController {

    private final Campaigns campaigns;
    private final CampaignMapper mapper;
    private final WorkspaceResolver workspaces;

    public CampaignStatusController(Campaigns campaigns, CampaignMapper mapper, WorkspaceResolver workspaces) {
        this.campaigns = campaigns;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Returns the campaign's status, its live delivery counters and its success rate so far. */
    @Get("/{campaignId}")
    @NotFoundResponse
    public Mono<CampaignStatusResponse> status(HttpRequest<?> request, String campaignId) {
        return campaigns
                .get(workspaces.workspaceOf(request), new CampaignId(campaignId))
                .switchIfEmpty(CrmException.notFound("campaign", campaignId))
                .map(mapper::toStatus);
    }
}

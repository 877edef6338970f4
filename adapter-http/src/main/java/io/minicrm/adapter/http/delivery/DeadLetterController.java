package io.minicrm.adapter.http.delivery;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.domain.campaign.CampaignId;
import reactor.core.publisher.Mono;

/** {@code /api/campaigns/{id}/dead-letters}: the deliveries the senders gave up on, and handing them back to be sent. */
@Controller("/api/campaigns/{id}/dead-letters")
public class DeadLetterController {

    private final Deliveries deliveries;
    private final DeadLetterMapper mapper;
    private final WorkspaceResolver workspaces;

    public DeadLetterController(Deliveries deliveries, DeadLetterMapper mapper, WorkspaceResolver workspaces) {
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** How many of the campaign's deliveries were set aside as dead letters, by reason; a 404 for an unknown campaign. */
    @Get
    @NotFoundResponse
    public Mono<DeadLetterResponse> deadLetters(HttpRequest<?> request, String id) {
        return deliveries
                .deadLetters(workspaces.workspaceOf(request), new CampaignId(id))
                .map(mapper::toResponse);
    }

    /**
     * Hands the campaign's dead letters back to the senders and says how many; a 404 for an unknown campaign. Those of a
     * cancelled campaign then fail without being sent, which lets the campaign settle.
     */
    @Post("/redrive")
    @NotFoundResponse
    public Mono<RedriveResponse> redriveDeadLetters(HttpRequest<?> request, String id) {
        return deliveries
                .redriveDeadLetters(workspaces.workspaceOf(request), new CampaignId(id))
                .map(redriven -> new RedriveResponse(id, redriven));
    }
}

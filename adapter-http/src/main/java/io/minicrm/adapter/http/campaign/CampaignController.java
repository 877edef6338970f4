package io.minicrm.adapter.http.campaign;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.minicrm.adapter.http.PageResponse;
import io.minicrm.adapter.http.Paging;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.docs.ConflictResponse;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.NotFoundResponse;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** {@code /api/campaigns}: write campaigns, send them now or later, stop them, and follow their history. */
@Controller("/api/campaigns")
public class CampaignController {

    private final Campaigns campaigns;
    private final CampaignMapper mapper;
    private final WorkspaceResolver workspaces;
    private final Identity identity;

    public CampaignController(
            Campaigns campaigns, CampaignMapper mapper, WorkspaceResolver workspaces, Identity identity) {
        this.campaigns = campaigns;
        this.mapper = mapper;
        this.workspaces = workspaces;
        this.identity = identity;
    }

    /**
     * Lists the campaign history, newest first, optionally only the campaigns in one {@code status} or filed under one
     * {@code tag}.
     */
    @Get
    @InvalidResponse
    public Mono<PageResponse<CampaignResponse>> list(
            HttpRequest<?> request,
            @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "20") int size,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String tag) {
        return Paging.of(page, size)
                .zipWith(CrmException.orRefuse(Parameters.optionalChoice(CampaignStatus.class, "status", status)))
                .flatMap(query -> campaigns.list(
                        workspaces.workspaceOf(request),
                        query.getT2(),
                        Optional.ofNullable(tag).filter(wanted -> !wanted.isBlank()),
                        query.getT1()))
                .map(found -> PageResponse.of(found, mapper::toResponse));
    }

    /**
     * Creates a draft campaign (201), scheduled when {@code scheduledAt} is given; a 400 lists every unknown placeholder.
     * The channel defaults to EMAIL and an e-mail's subject to the intent, else the name; {@code ruleId} may name the segment.
     */
    @Post
    @InvalidResponse
    public Mono<HttpResponse<CampaignResponse>> create(HttpRequest<?> request, @Body CampaignRequest body) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        return CampaignRequestReader.read(body)
                .flatMap(read -> campaigns
                        .create(
                                workspace,
                                read.campaign(),
                                request.getUserPrincipal()
                                        .map(Principal::getName)
                                        .orElse(""))
                        .flatMap(draft -> read.scheduledAt()
                                .map(at -> schedule(workspace, draft, at))
                                .orElse(Mono.just(draft)))
                        .onErrorMap(refused -> JsonNames.inRequestTerms(refused, read.segmentField())))
                .map(created ->
                        HttpResponse.created(mapper.toResponse(created), URI.create("/api/campaigns/" + created.id())));
    }

    /** Returns the campaign with its live counters. */
    @Get("/{id}")
    @NotFoundResponse
    public Mono<CampaignResponse> get(HttpRequest<?> request, String id) {
        return campaigns
                .get(workspaces.workspaceOf(request), new CampaignId(id))
                .switchIfEmpty(CrmException.notFound("campaign", id))
                .map(mapper::toResponse);
    }

    /**
     * Files the campaign under the given tags instead of its present ones, whatever its status: each from the standard
     * vocabulary or the body's {@code vocabulary}, as the assistant proposes them; a 400 names each tag outside it.
     */
    @Put("/{id}/tags")
    @InvalidResponse
    @NotFoundResponse
    public Mono<CampaignResponse> retag(HttpRequest<?> request, String id, @Body CampaignTagsRequest body) {
        if (body.tags() == null) {
            return CrmException.refuse(Problem.Invalid.of("tags", "is required: the tags to file the campaign under"));
        }
        Access access = workspaces.accessOf(request);
        return campaigns
                .retag(access.workspace(), new CampaignId(id), present(body.tags()), present(body.vocabulary()))
                .flatMap(tagged -> audited(access, "campaign-tagged", tagged))
                .map(mapper::toResponse);
    }

    /** Fixes the audience from the segment as it is now and starts sending; a 409 when the campaign is past its draft. */
    @Post("/{id}/queue")
    @NotFoundResponse
    @ConflictResponse
    public Mono<CampaignResponse> queue(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return campaigns
                .queue(access.workspace(), new CampaignId(id))
                .flatMap(queued -> audited(access, "campaign-queued", queued))
                .map(mapper::toResponse);
    }

    /** Stops the campaign before it completes; a 409 when it has already finished. */
    @Post("/{id}/cancel")
    @NotFoundResponse
    @ConflictResponse
    public Mono<CampaignResponse> cancel(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return campaigns
                .cancel(access.workspace(), new CampaignId(id))
                .flatMap(cancelled -> audited(access, "campaign-cancelled", cancelled))
                .map(mapper::toResponse);
    }

    /** A JSON list as the engine reads it: none when absent, and an empty word for a null. */
    private static List<String> present(@Nullable List<String> words) {
        return words == null
                ? List.of()
                : words.stream()
                        .map(word -> Objects.requireNonNullElse(word, ""))
                        .toList();
    }

    private Mono<Campaign> audited(Access access, String action, Campaign campaign) {
        return identity.audit(access, action, campaign.id().value() + " " + campaign.name(), access.from())
                .thenReturn(campaign);
    }

    // Creating and scheduling are two steps: a refused schedule cancels the new draft, so no unwanted campaign waits.
    private Mono<Campaign> schedule(WorkspaceId workspace, Campaign draft, Instant at) {
        return campaigns
                .schedule(workspace, draft.id(), at)
                .onErrorResume(
                        CrmException.class,
                        refused -> campaigns.cancel(workspace, draft.id()).then(Mono.error(refused)));
    }
}

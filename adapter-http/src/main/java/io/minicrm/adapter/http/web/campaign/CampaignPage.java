package io.minicrm.adapter.http.web.campaign;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Formats;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.shared.Access;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /campaigns/{id}}: one campaign, its figures live while it sends, its delivery log, its dead letters and what
 * may still be done with it.
 */
@Hidden
@Controller("/campaigns/{id}")
// htmx posts its buttons as forms, with nothing in them.
public class CampaignPage {

    private static final int LOG_SIZE = 20;

    private final Pages pages;
    private final Campaigns campaigns;
    private final Deliveries deliveries;
    private final SegmentNames segments;
    private final Identity identity;
    private final WorkspaceResolver workspaces;

    public CampaignPage(
            Pages pages,
            Campaigns campaigns,
            Deliveries deliveries,
            SegmentNames segments,
            Identity identity,
            WorkspaceResolver workspaces) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.deliveries = deliveries;
        this.segments = segments;
        this.identity = identity;
        this.workspaces = workspaces;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> campaign(HttpRequest<?> request, String id) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        CampaignId campaign = new CampaignId(id);
        return view(workspace, campaign)
                .flatMap(found -> deliveries
                        .deadLetters(workspace, campaign)
                        .zipWith(log(workspace, campaign, "", 0))
                        .flatMap(more -> {
                            Map<String, Object> model = new HashMap<>(more.getT2());
                            model.put("campaign", found);
                            model.put("deadLetters", more.getT1());
                            return pages.render(request, found.name(), Section.CAMPAIGNS, "campaign/page", model);
                        }))
                .switchIfEmpty(Mono.defer(() -> pages.missing(request, Section.CAMPAIGNS, "campaign")));
    }

    /** The figures and actions alone, which the page fetches again whenever a live event says the campaign moved. */
    @Get(uri = "/figures", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> figures(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return view(access.workspace(), new CampaignId(id)).map(campaign -> figures(access, campaign));
    }

    /** One page of the delivery log, optionally of one status only. */
    @Get(uri = "/deliveries", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> deliveries(
            HttpRequest<?> request,
            String id,
            @Nullable @QueryValue String status,
            @QueryValue(defaultValue = "0") int page) {
        return log(workspaces.workspaceOf(request), new CampaignId(id), status == null ? "" : status, page)
                .map(model -> Pages.fragment("campaign/deliveries", model));
    }

    /** Sends a draft now: its audience is fixed from the segment as it is. */
    @Post(uri = "/queue", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> queue(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return campaigns
                .queue(access.workspace(), new CampaignId(id))
                .flatMap(queued -> audited(access, "campaign-queued", queued))
                .then(figures(request, id))
                .onErrorResume(CrmException.class, moved -> figures(request, id));
    }

    @Post(uri = "/cancel", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> cancel(HttpRequest<?> request, String id) {
        Access access = workspaces.accessOf(request);
        return campaigns
                .cancel(access.workspace(), new CampaignId(id))
                .flatMap(cancelled -> audited(access, "campaign-cancelled", cancelled))
                .then(figures(request, id))
                // Finished meanwhile: the figures show it as it is now.
                .onErrorResume(CrmException.class, finished -> figures(request, id));
    }

    /** Hands the dead letters back to the pipeline and says how many. */
    @Post(uri = "/dead-letters/redrive", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> redrive(HttpRequest<?> request, String id) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        CampaignId campaign = new CampaignId(id);
        return deliveries
                .redriveDeadLetters(workspace, campaign)
                .flatMap(redriven -> deliveries
                        .deadLetters(workspace, campaign)
                        .map(report -> Pages.fragment(
                                "campaign/dead-letters",
                                Map.of(
                                        "deadLetters",
                                        report,
                                        "mayChange",
                                        true,
                                        "redriven",
                                        Formats.count(redriven) + " handed back to be sent"))));
    }

    private Mono<Void> audited(Access access, String action, Campaign campaign) {
        return identity.audit(access, action, campaign.id().value() + " " + campaign.name(), access.from());
    }

    private Mono<CampaignView> view(WorkspaceId workspace, CampaignId id) {
        return campaigns.get(workspace, id).zipWith(segments.of(workspace), CampaignView::of);
    }

    private Mono<Map<String, Object>> log(WorkspaceId workspace, CampaignId campaign, String status, int page) {
        Optional<DeliveryStatus> wanted = DeliveryLog.statusNamed(status);
        return deliveries
                .list(workspace, campaign, wanted, new PageRequest(Math.max(page, 0), LOG_SIZE))
                .map(found -> Map.of(
                        "campaignId", campaign.value(),
                        "log", Listing.of(found.map(DeliveryRow::of)),
                        "status", wanted.map(Enum::name).orElse(""),
                        "statuses", DeliveryLog.STATUSES));
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> figures(Access access, CampaignView campaign) {
        return Pages.fragment(
                "campaign/figures",
                Map.of("campaign", campaign, "mayChange", access.role().mayChangeData()));
    }
}

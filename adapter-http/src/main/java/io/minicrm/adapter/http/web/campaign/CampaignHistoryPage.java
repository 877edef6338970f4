package io.minicrm.adapter.http.web.campaign;

import java.util.Map;
import java.util.Optional;

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
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/** {@code /campaigns}: the history of campaigns, newest first, whose rows refresh themselves while campaigns send. */
@Hidden
@Controller("/campaigns")
public class CampaignHistoryPage {

    static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final Campaigns campaigns;
    private final SegmentNames segments;
    private final WorkspaceResolver workspaces;

    public CampaignHistoryPage(Pages pages, Campaigns campaigns, SegmentNames segments, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.segments = segments;
        this.workspaces = workspaces;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> history(
            HttpRequest<?> request, @Nullable @QueryValue String tag, @QueryValue(defaultValue = "0") int page) {
        return rows(workspaces.workspaceOf(request), tag, page)
                .flatMap(model -> pages.render(request, "Campaigns", Section.CAMPAIGNS, "campaign/history", model));
    }

    /** The rows alone, which the page fetches again whenever a live event says a campaign moved. */
    @Get(uri = "/history/rows", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> rows(
            HttpRequest<?> request, @Nullable @QueryValue String tag, @QueryValue(defaultValue = "0") int page) {
        return rows(workspaces.workspaceOf(request), tag, page).map(model -> Pages.fragment("campaign/rows", model));
    }

    private Mono<Map<String, Object>> rows(WorkspaceId workspace, @Nullable String tag, int page) {
        String wanted = tag == null ? "" : tag.strip();
        return segments.of(workspace)
                .zipWith(campaigns.list(
                        workspace,
                        Optional.empty(),
                        Optional.of(wanted).filter(given -> !given.isEmpty()),
                        new PageRequest(Math.max(page, 0), PAGE_SIZE)))
                .map(found -> Map.of(
                        "listing",
                        Listing.of(found.getT2().map(campaign -> CampaignView.of(campaign, found.getT1()))),
                        "tag",
                        wanted));
    }
}

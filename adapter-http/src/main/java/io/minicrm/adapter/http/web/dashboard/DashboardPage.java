package io.minicrm.adapter.http.web.dashboard;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.adapter.http.web.Pages;
import io.minicrm.adapter.http.web.Section;
import io.minicrm.application.port.in.Insights;
import io.minicrm.domain.workspace.WorkspaceId;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/**
 * {@code /}: the dashboard, whose figures and charts (revenue and orders by day, the last campaigns' outcomes) refresh
 * themselves when the workspace changes.
 */
@Hidden
@Controller
public class DashboardPage {

    static final int DAYS = 30;
    static final int CAMPAIGNS = 10;

    private final Pages pages;
    private final Insights insights;
    private final WorkspaceResolver workspaces;

    public DashboardPage(Pages pages, Insights insights, WorkspaceResolver workspaces) {
        this.pages = pages;
        this.insights = insights;
        this.workspaces = workspaces;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> dashboard(HttpRequest<?> request) {
        return model(request)
                .flatMap(model -> pages.render(request, "Dashboard", Section.DASHBOARD, "dashboard/page", model));
    }

    /** The figures alone, which the page fetches again whenever a live event says something changed. */
    @Get(uri = "/dashboard/figures", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> figures(HttpRequest<?> request) {
        return model(request).map(model -> Pages.fragment("dashboard/figures", model));
    }

    private Mono<Map<String, Object>> model(HttpRequest<?> request) {
        WorkspaceId workspace = workspaces.workspaceOf(request);
        return Mono.zip(
                        insights.dashboard(workspace),
                        insights.recentDays(workspace, DAYS),
                        insights.lastCampaigns(workspace, CAMPAIGNS))
                .map(found -> Map.of(
                        "figures",
                        DashboardFigures.of(found.getT1()),
                        "charts",
                        DashboardCharts.of(
                                found.getT2(), found.getT3(), found.getT1().currency())));
    }
}

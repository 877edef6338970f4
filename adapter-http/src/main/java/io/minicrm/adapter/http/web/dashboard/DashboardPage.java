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
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

/** {@code /}: the dashboard, whose figures refresh themselves when the workspace changes. */
@Hidden
@Controller
public class DashboardPage {

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
        return insights.dashboard(workspaces.workspaceOf(request))
                .map(DashboardFigures::of)
                .flatMap(figures -> pages.render(
                        request, "Dashboard", Section.DASHBOARD, "dashboard/page", Map.of("figures", figures)));
    }

    /** The figures alone, which the page fetches again whenever a live event says something changed. */
    @Get(uri = "/dashboard/figures", produces = MediaType.TEXT_HTML)
    public Mono<HttpResponse<ModelAndView<Map<String, Object>>>> figures(HttpRequest<?> request) {
        return insights.dashboard(workspaces.workspaceOf(request))
                .map(dashboard ->
                        Pages.fragment("dashboard/figures", Map.of("figures", DashboardFigures.of(dashboard))));
    }
}

package io.minicrm.adapter.http.insight;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.minicrm.adapter.http.WorkspaceResolver;
import io.minicrm.application.port.in.Insights;
import reactor.core.publisher.Mono;

/** {@code /api/insights}: the figures that sum up a workspace. */
@Controller("/api/insights")
public class InsightController {

    private final Insights insights;
    private final DashboardMapper mapper;
    private final WorkspaceResolver workspaces;

    public InsightController(Insights insights, DashboardMapper mapper, WorkspaceResolver workspaces) {
        this.insights = insights;
        this.mapper = mapper;
        this.workspaces = workspaces;
    }

    /** Returns customer, order and revenue totals, campaigns by status and the delivery success rate. */
    @Get("/dashboard")
    public Mono<DashboardResponse> dashboard(HttpRequest<?> request) {
        return insights.dashboard(workspaces.workspaceOf(request)).map(mapper::toResponse);
    }
}

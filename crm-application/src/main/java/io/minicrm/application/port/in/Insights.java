package io.minicrm.application.port.in;

import java.util.List;

import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * The figures that sum up a workspace. Thread-safe: may be called from any thread, concurrently; nothing happens until
 * the returned {@code Mono} is subscribed.
 */
public interface Insights {

    /** The most days {@link #recentDays} gives. */
    int MAX_DAYS = 366;

    /** The most campaigns {@link #lastCampaigns} gives. */
    int MAX_CAMPAIGNS = 100;

    Mono<Dashboard> dashboard(WorkspaceId workspace);

    /**
     * Orders and revenue of each of the last {@code days} days up to today included, oldest first, in the workspace's
     * time zone; a day without orders counts zero. Between 1 and {@value #MAX_DAYS} days.
     */
    Mono<List<DailyFigure>> recentDays(WorkspaceId workspace, int days);

    /** How the {@code count} campaigns created last went, newest first; between 1 and {@value #MAX_CAMPAIGNS}. */
    Mono<List<CampaignOutcome>> lastCampaigns(WorkspaceId workspace, int count);
}

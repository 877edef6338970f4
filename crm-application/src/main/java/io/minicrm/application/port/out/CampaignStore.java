package io.minicrm.application.port.out;

import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps campaigns. Status changes and counter changes are separate atomic writes, so that a node moving a campaign
 * never overwrites the counts another node is adding.
 */
public interface CampaignStore {

    Mono<Campaign> insert(Campaign campaign);

    Mono<Campaign> findById(WorkspaceId workspace, CampaignId id);

    /**
     * Stores everything but the counters and tags of {@code changed} if the stored campaign is still in {@code expected};
     * empty when it is not (another node moved it first). Emits the stored campaign with its current counters.
     */
    Mono<Campaign> transition(Campaign changed, CampaignStatus expected);

    /**
     * Adds the change to the stored counters atomically; emits the campaign as it now stands. Empty, changing nothing,
     * for an unknown campaign or a change that would take a counter below zero: the counters then no longer agree with
     * the deliveries they count (a count lost in a crash), and adding more would only spread the error.
     */
    Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change);

    /**
     * Replaces the counters with {@code recounted} if they are still {@code seen}; empty, changing nothing, when they
     * have moved since (or the campaign is unknown). For counters found to disagree with their deliveries.
     */
    Mono<Campaign> recount(WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted);

    /**
     * Stores the tags of {@code changed} and its update time alone, whatever its status; emits the campaign as it now
     * stands, empty for an unknown campaign. A transition never rewrites the tags, so a node moving the campaign keeps
     * tags set meanwhile.
     */
    Mono<Campaign> retag(Campaign changed);

    /** Newest first, optionally only those in one status or filed under one tag. */
    Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page);

    /** Campaigns in a status across all workspaces, for the pipeline to resume after a restart. */
    Flux<Campaign> findByStatus(CampaignStatus status);

    Mono<Map<CampaignStatus, Long>> countByStatus(WorkspaceId workspace);
}

package io.minicrm.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creating campaigns, sending them now or later, stopping them, and following them. Thread-safe: every method may be
 * called from any thread, concurrently; nothing happens until the returned {@code Mono} or {@code Flux} is subscribed.
 */
public interface Campaigns {

    /** A new draft; an {@code Invalid} listing every unknown placeholder, or naming {@code segment} when there is no such segment. */
    Mono<Campaign> create(WorkspaceId workspace, NewCampaign campaign, String createdBy);

    Mono<Campaign> schedule(WorkspaceId workspace, CampaignId id, Instant at);

    /** Fixes the audience rule from the segment as it is now and hands the campaign to the pipeline. */
    Mono<Campaign> queue(WorkspaceId workspace, CampaignId id);

    Mono<Campaign> cancel(WorkspaceId workspace, CampaignId id);

    /** The campaign with its live counters. */
    Mono<Campaign> get(WorkspaceId workspace, CampaignId id);

    /**
     * The campaign once it has finished: {@code COMPLETED}, {@code CANCELLED} or {@code FAILED}, with its counters as
     * they then stood (a cancelled campaign's pending deliveries settle shortly after). Emits at once for a campaign
     * already finished; misses no change, however early, as it listens for the campaign's events before it first
     * reads it, and reads the stored campaign again at each event and every second. A {@code NotFound} for a
     * campaign not in the workspace; an {@code IllegalStateException} when the engine closes first. A draft waits until
     * it is queued and finishes, so give the wait a limit: {@code completion(workspace, id).block(Duration.ofMinutes(5))}.
     */
    Mono<Campaign> completion(WorkspaceId workspace, CampaignId id);

    /** The history, newest first, optionally only the campaigns in one status or filed under one tag. */
    Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page);

    /**
     * Files the campaign under {@code tags} instead of its present ones, each from the standard vocabulary or the
     * words {@code vocabulary} adds; an {@code Invalid} naming each tag outside it.
     */
    Mono<Campaign> retag(WorkspaceId workspace, CampaignId id, List<String> tags, List<String> vocabulary);

    /** Queues every scheduled campaign whose time has come; emits those it queued. */
    Flux<Campaign> queueDue();

    /** The placeholders a message may name besides its variables: the customer fields and the custom attributes. */
    Mono<List<String>> placeholders(WorkspaceId workspace);

    /**
     * The messages a campaign written so would send to the given customers, nothing saved; an {@code Invalid} as
     * {@link #create} gives it for the templates and variables (an unnamed campaign is previewed all the same).
     */
    Mono<List<MessageSample>> previewMessages(WorkspaceId workspace, NewCampaign campaign, List<Customer> recipients);

    /** Message templates proposed for a goal and a segment, ready to use as a campaign's body. */
    Flux<String> proposeMessages(WorkspaceId workspace, String goal, SegmentId segment, Channel channel, int count);
}

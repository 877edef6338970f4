package io.minicrm.application.blocking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Campaigns} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingCampaigns {

    private final Campaigns campaigns;
    private final Waiting waiting;

    BlockingCampaigns(Campaigns campaigns, Waiting waiting) {
        this.campaigns = campaigns;
        this.waiting = waiting;
    }

    /** See {@link Campaigns#create}. */
    public Campaign create(WorkspaceId workspace, NewCampaign campaign, String createdBy) {
        return waiting.value(campaigns.create(workspace, campaign, createdBy));
    }

    public Campaign schedule(WorkspaceId workspace, CampaignId id, Instant at) {
        return waiting.value(campaigns.schedule(workspace, id, at));
    }

    /** See {@link Campaigns#queue}. */
    public Campaign queue(WorkspaceId workspace, CampaignId id) {
        return waiting.value(campaigns.queue(workspace, id));
    }

    public Campaign cancel(WorkspaceId workspace, CampaignId id) {
        return waiting.value(campaigns.cancel(workspace, id));
    }

    /** Empty when the workspace has no such campaign. */
    public Optional<Campaign> get(WorkspaceId workspace, CampaignId id) {
        return waiting.optional(campaigns.get(workspace, id));
    }

    /**
     * Waits at most {@code timeout} (whatever this facade's own timeout) for the campaign to finish, and returns it
     * as it then stood ({@link Campaigns#completion}); a {@link BlockingTimeoutException} when it has not finished by
     * then.
     */
    public Campaign awaitCompletion(WorkspaceId workspace, CampaignId id, Duration timeout) {
        Campaign finished = Waiting.await(campaigns.completion(workspace, id), timeout);
        if (finished == null) {
            throw new IllegalStateException("the completion of campaign " + id + " gave no answer");
        }
        return finished;
    }

    public Page<Campaign> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page) {
        return waiting.value(campaigns.list(workspace, status, tag, page));
    }

    /** See {@link Campaigns#retag}. */
    public Campaign retag(WorkspaceId workspace, CampaignId id, List<String> tags, List<String> vocabulary) {
        return waiting.value(campaigns.retag(workspace, id, tags, vocabulary));
    }

    /** See {@link Campaigns#queueDue}. */
    public List<Campaign> queueDue() {
        return waiting.all(campaigns.queueDue());
    }

    /** See {@link Campaigns#proposeMessages}. */
    public List<String> proposeMessages(
            WorkspaceId workspace, String goal, SegmentId segment, Channel channel, int count) {
        return waiting.all(campaigns.proposeMessages(workspace, goal, segment, channel, count));
    }
}

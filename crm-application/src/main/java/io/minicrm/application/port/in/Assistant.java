package io.minicrm.application.port.in;

import java.util.List;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Proposals from the assistant, worked out offline or by a language model: each is for a user to review and nothing
 * is saved or sent on its word. A request it cannot answer is refused with an {@code Unanswerable} problem saying what
 * was not understood. Thread-safe; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Assistant {

    /** A rule for an audience described in the user's words, checked by the validator and previewed. */
    Mono<RuleProposal> proposeRule(WorkspaceId workspace, String description);

    /** Two or three message templates for an objective and a segment, checked by the template parser. */
    Mono<MessageVariants> proposeVariants(WorkspaceId workspace, VariantBrief brief);

    /** A campaign's figures, computed by the engine, in a few words that quote no other number. */
    Mono<WordedFigures> summarise(WorkspaceId workspace, CampaignId campaign);

    /** The weekday and hour a segment's customers order most, in the engine's zone, with the counts. */
    Mono<WordedFigures> suggestSendTime(WorkspaceId workspace, SegmentId segment);

    /** A rule for customers who resemble a seed segment's but are not in it, with its preview. */
    Mono<RuleProposal> proposeLookalike(WorkspaceId workspace, SegmentId seed);

    /** Tags for a campaign from the standard vocabulary and {@code extraVocabulary}. */
    Mono<TagProposal> proposeTags(WorkspaceId workspace, CampaignId campaign, List<String> extraVocabulary);

    /** The language-model tokens the workspace used today against its daily budget. */
    Mono<ModelUsage> usage(WorkspaceId workspace);
}

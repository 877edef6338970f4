package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;

/**
 * Joins a campaign's fields with its counters and tags as stored: each of the three is changed by writes of its own,
 * so that one never overwrites what another stored meanwhile.
 */
final class SeparateWrites {

    private SeparateWrites() {}

    /**
     * The changed campaign with the stored counters and tags; empty when the counters make the change impossible
     * (completing a campaign that they show still has pending deliveries), as when another node got there first.
     */
    static Optional<Campaign> transition(Campaign changed, Campaign stored) {
        boolean completable = changed.status() != CampaignStatus.COMPLETED
                || stored.counters().pending() == 0;
        return completable
                ? Optional.of(joined(changed, stored.counters(), stored.tags(), changed.updatedAt()))
                : Optional.empty();
    }

    static Campaign counted(Campaign stored, CampaignCounters counters) {
        return joined(stored, counters, stored.tags(), stored.updatedAt());
    }

    /** The stored campaign with the changed one's tags, updated when the later of the two was. */
    static Campaign retagged(Campaign stored, Campaign changed) {
        Instant updated = changed.updatedAt().isAfter(stored.updatedAt()) ? changed.updatedAt() : stored.updatedAt();
        return joined(stored, stored.counters(), changed.tags(), updated);
    }

    private static Campaign joined(Campaign campaign, CampaignCounters counters, Set<String> tags, Instant updatedAt) {
        return new Campaign(
                campaign.workspace(),
                campaign.id(),
                campaign.name(),
                campaign.segment(),
                campaign.channel(),
                campaign.subject(),
                campaign.body(),
                campaign.variables(),
                tags,
                campaign.scheduledAt(),
                campaign.audienceRule(),
                campaign.status(),
                counters,
                campaign.failureReason(),
                campaign.dispatchedAt(),
                campaign.createdBy(),
                campaign.createdAt(),
                updatedAt);
    }
}

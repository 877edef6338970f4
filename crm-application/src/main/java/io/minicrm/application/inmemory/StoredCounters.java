package io.minicrm.application.inmemory;

import java.util.Optional;

import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;

/** Joins a campaign's other fields with the counters as stored, which only atomic additions change. */
final class StoredCounters {

    private StoredCounters() {}

    /**
     * The changed campaign with the stored counters; empty when they make the change impossible (completing a campaign
     * that the stored counters show still has pending deliveries), as when another node got there first.
     */
    static Optional<Campaign> keep(Campaign changed, Campaign stored) {
        boolean completable = changed.status() != CampaignStatus.COMPLETED
                || stored.counters().pending() == 0;
        return completable ? Optional.of(with(changed, stored.counters())) : Optional.empty();
    }

    static Campaign with(Campaign campaign, CampaignCounters counters) {
        return new Campaign(
                campaign.workspace(),
                campaign.id(),
                campaign.name(),
                campaign.segment(),
                campaign.channel(),
                campaign.subject(),
                campaign.body(),
                campaign.variables(),
                campaign.scheduledAt(),
                campaign.audienceRule(),
                campaign.status(),
                counters,
                campaign.failureReason(),
                campaign.dispatchedAt(),
                campaign.createdBy(),
                campaign.createdAt(),
                campaign.updatedAt());
    }
}

package io.minicrm.application.port.in;

import java.time.Instant;
import java.util.Objects;

import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;

/** How a campaign's messages went so far: its status and its deliveries counted by how they stand. */
public record CampaignOutcome(
        CampaignId id, String name, CampaignStatus status, Instant createdAt, CampaignCounters counters) {

    public CampaignOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(counters, "counters");
    }
}

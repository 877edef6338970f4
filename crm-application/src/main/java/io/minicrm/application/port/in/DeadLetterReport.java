package io.minicrm.application.port.in;

import java.util.Map;
import java.util.Objects;

import io.minicrm.domain.campaign.CampaignId;

/** A campaign's delivery requests and receipts set aside as dead letters: how many, and how many for each reason. */
public record DeadLetterReport(CampaignId campaign, long count, Map<String, Long> reasons) {

    public DeadLetterReport {
        Objects.requireNonNull(campaign, "campaign");
        reasons = Map.copyOf(reasons);
    }
}

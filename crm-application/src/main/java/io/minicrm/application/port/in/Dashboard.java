package io.minicrm.application.port.in;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalDouble;

import io.minicrm.domain.campaign.CampaignStatus;

/**
 * The figures a workspace's home page shows. The delivery success rate is the share of settled deliveries (sent,
 * delivered or failed) that did not fail; empty while none has settled.
 */
public record Dashboard(
        long customers,
        long newCustomersThisWeek,
        long orders,
        BigDecimal revenue,
        String currency,
        Map<CampaignStatus, Long> campaignsByStatus,
        OptionalDouble deliverySuccessRate) {

    public Dashboard {
        campaignsByStatus = Map.copyOf(campaignsByStatus);
    }
}

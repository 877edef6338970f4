package io.minicrm.adapter.http.web.customer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Delivery;

/** One campaign that reached the customer, as their page lists it: the campaign, how it went and when. */
public record ReachedRow(
        String campaignId,
        String campaign,
        String channel,
        String status,
        String statusWord,
        String when,
        String reason) {

    /** Names the campaign when it was found, and shows its id otherwise. */
    static ReachedRow of(Delivery delivery, Map<CampaignId, Campaign> campaigns) {
        Optional<Campaign> campaign = Optional.ofNullable(campaigns.get(delivery.campaign()));
        return new ReachedRow(
                delivery.campaign().value(),
                campaign.map(Campaign::name).orElse(delivery.campaign().value()),
                campaign.map(found -> Formats.words(found.channel().name())).orElse("—"),
                delivery.status().name().toLowerCase(Locale.ROOT),
                Formats.words(delivery.status().name()),
                Formats.time(delivery.createdAt()),
                delivery.failureReason().orElse(""));
    }
}

package io.minicrm.adapter.http.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Where a campaign is and how its deliveries stand, for clients that poll while it is sent. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignStatusResponse(
        String campaignId,
        String status,
        CountersResponse counters,
        @Nullable String failureReason) {}

package io.minicrm.adapter.http.delivery;

import io.micronaut.serde.annotation.Serdeable;

/** How many of a campaign's dead letters were handed back to the senders. */
@Serdeable
public record RedriveResponse(String campaignId, long redriven) {
}

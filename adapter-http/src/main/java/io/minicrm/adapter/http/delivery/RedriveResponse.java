package io.minicrm.adapter.http.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** How many of a campaign's dead letters were handed back to the senders. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RedriveResponse(String campaignId, long redriven) {}

package io.minicrm.adapter.http.delivery;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A campaign's deliveries the senders gave up on and left pending: how many, and how many for each reason. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // no reasons is an answer, not a missing one
public record DeadLetterResponse(String campaignId, long count, Map<String, Long> reasons) {}

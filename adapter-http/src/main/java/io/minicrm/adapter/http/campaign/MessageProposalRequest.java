package io.minicrm.adapter.http.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a campaign should achieve, for which segment and channel, and how many message templates to propose. */
@Serdeable
public record MessageProposalRequest(@Nullable String goal, @Nullable String segmentId, @Nullable String channel,
                                     @Nullable Integer count) {
}

package io.minicrm.adapter.http.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.shared.TextLimits.Lengths;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a campaign should achieve, for which segment and channel, and how many message templates to propose. */
@Serdeable
@Schema(example = """
        {"goal":"bring back customers who stopped ordering",
        "segmentId":"019ab4c2-8c2d-7e5f-a001-3c4d5e6f7081","channel":"EMAIL","count":3}""")
public record MessageProposalRequest(
        @Nullable @Schema(maxLength = Lengths.GOAL) String goal,
        @Nullable String segmentId,
        @Nullable String channel,
        @Nullable Integer count) {}

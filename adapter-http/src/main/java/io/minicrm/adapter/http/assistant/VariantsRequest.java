package io.minicrm.adapter.http.assistant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What message variants are for: an objective, a segment, a channel, and 2 or 3 of them (3 unless asked). */
@Serdeable
@Schema(example = """
        {"objective":"bring back customers who stopped ordering",
        "segmentId":"019ab4c2-8c2d-7e5f-a001-3c4d5e6f7081","channel":"SMS","count":3}""")
public record VariantsRequest(
        @Nullable @Schema(maxLength = 1000) String objective,
        @Nullable String segmentId,
        @Nullable String channel,
        @Nullable Integer count) {}

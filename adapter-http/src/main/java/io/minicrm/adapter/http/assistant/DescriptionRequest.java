package io.minicrm.adapter.http.assistant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An audience in the user's own words. */
@Serdeable
@Schema(example = """
        {"description":"people who haven't shopped in 6 months and spent over ₹5K"}""")
public record DescriptionRequest(
        @Nullable @Schema(maxLength = 1000) String description) {}

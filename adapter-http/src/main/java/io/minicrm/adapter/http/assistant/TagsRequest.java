package io.minicrm.adapter.http.assistant;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Tags of the workspace's own to add to the standard vocabulary for this proposal. */
@Serdeable
@Schema(example = """
        {"vocabulary":["sarees","monsoon"]}""")
public record TagsRequest(
        @Nullable @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 50))
        List<String> vocabulary) {}

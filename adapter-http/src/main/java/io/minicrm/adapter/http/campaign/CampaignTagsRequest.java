package io.minicrm.adapter.http.campaign;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.domain.campaign.CampaignTags;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The tags to file a campaign under, replacing its present ones, and words of the workspace's own they may use. */
@Serdeable
@Schema(example = """
        {"tags":["festive","win-back","sarees"],"vocabulary":["sarees"]}""")
public record CampaignTagsRequest(
        @Nullable @ArraySchema(maxItems = CampaignTags.MAX_TAGS, schema = @Schema(maxLength = CampaignTags.MAX_LENGTH))
        List<String> tags,

        @Nullable
        @ArraySchema(maxItems = CampaignTags.MAX_EXTENSION, schema = @Schema(maxLength = CampaignTags.MAX_LENGTH))
        List<String> vocabulary) {}

package io.minicrm.adapter.http.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.minicrm.adapter.http.segment.PreviewResponse;

/** The assistant's answers as JSON. */
public final class Responses {

    private Responses() {}

    /** A proposed rule in text and JSON form, its audience preview, how it was read and who proposed it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record RuleProposalResponse(
            String text, Map<String, Object> rule, PreviewResponse preview, String explanation, String source) {}

    /** Message templates that passed the template parser, and the placeholders removed from them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record VariantsResponse(List<String> variants, List<String> removedPlaceholders, String source) {}

    /** Figures the engine computed, and words about them that quote no other number. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record WordedFiguresResponse(String text, List<FigureResponse> figures, String source) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record FigureResponse(String name, String value) {}

    /** Tags proposed for a campaign, each with why, and the vocabulary they came from. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record TagsResponse(List<SuggestedTag> tags, List<String> vocabulary, String source) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record SuggestedTag(String tag, String because) {}

    /** Today's language-model tokens of the workspace against its daily budget. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is an answer, not a missing one
    public record UsageResponse(LocalDate day, long tokensUsed, long dailyBudget, String provider) {}
}

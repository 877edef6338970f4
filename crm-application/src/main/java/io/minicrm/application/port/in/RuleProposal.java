package io.minicrm.application.port.in;

import java.util.Objects;

import io.minicrm.domain.segment.Rule;

/**
 * A rule proposed for an audience, already validated and previewed, with the reasoning in a sentence and who proposed
 * it ({@code offline} or the model provider's name). It is saved only if a user defines a segment with it.
 */
public record RuleProposal(String text, Rule rule, AudiencePreview preview, String explanation, String source) {

    public RuleProposal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(source, "source");
    }
}

package io.minicrm.application.port.out;

import java.util.Objects;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * What is asked of a language model: fixed instructions, the caller's data (the user's own words and aggregate
 * figures, never a customer's details), the JSON Schema the answer must follow, and a cap on the answer's tokens.
 */
public record ModelRequest(
        WorkspaceId workspace,
        String feature,
        String instructions,
        String input,
        String responseSchema,
        int maxOutputTokens) {

    public ModelRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(responseSchema, "responseSchema");
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("an answer needs at least one token, not " + maxOutputTokens);
        }
    }
}

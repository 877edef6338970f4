package io.minicrm.adapter.gemini;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON of {@code models/{model}:generateContent}, as records; fields Gemini adds later are ignored. */
final class GeminiWire {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private GeminiWire() {}

    record Request(Content systemInstruction, List<Content> contents, GenerationConfig generationConfig) {}

    record Content(String role, List<Part> parts) {}

    record Part(String text, Boolean thought) {}

    record GenerationConfig(
            double temperature, int maxOutputTokens, String responseMimeType, JsonNode responseJsonSchema) {}

    record Response(
            List<Candidate> candidates,
            PromptFeedback promptFeedback,
            UsageMetadata usageMetadata,
            String modelVersion) {}

    record Candidate(Content content, String finishReason) {}

    record PromptFeedback(String blockReason) {}

    record UsageMetadata(long promptTokenCount, long candidatesTokenCount, long thoughtsTokenCount) {}

    record ErrorBody(Error error) {}

    record Error(int code, String message, String status, List<JsonNode> details) {}
}

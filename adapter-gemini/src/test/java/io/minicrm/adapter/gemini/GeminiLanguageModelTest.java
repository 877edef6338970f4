package io.minicrm.adapter.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import io.minicrm.application.port.out.TokenUsage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiLanguageModelTest {

    static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"rule\":{\"type\":\"string\"}}}";
    static final ModelRequest REQUEST = new ModelRequest(
            WorkspaceId.DEFAULT, "rule", "You write rules.", "<description>\nin Pune\n</description>", SCHEMA, 256);

    private final GeminiStub stub = new GeminiStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    static GeminiLanguageModel model(GeminiStub stub, Duration timeout) {
        return new GeminiLanguageModel(new GeminiSettings(
                stub.baseUrl(),
                "test-key",
                "gemini-test-model",
                timeout,
                3,
                Duration.ofMillis(50),
                Duration.ofSeconds(1)));
    }

    private ModelReply complete() {
        return model(stub, Duration.ofSeconds(5)).complete(REQUEST).block();
    }

    @Test
    void structured_answer_is_its_text_without_thoughts_with_usage_counting_thoughts() {
        stub.replay(200, "structured-answer.json");

        ModelReply reply = complete();

        assertThat(reply).isInstanceOfSatisfying(ModelReply.Answered.class, answered -> {
            assertThat(answered.json()).startsWith("{\"understood\": true").doesNotContain("The user wants");
            assertThat(answered.usage()).isEqualTo(new TokenUsage(812, 93));
        });
    }

    @Test
    void request_carries_the_key_the_model_the_schema_and_the_instructions_apart_from_the_input() throws Exception {
        stub.replay(200, "structured-answer.json");

        complete();

        GeminiStub.Received received = stub.received.getFirst();
        assertThat(received.path()).isEqualTo("/v1beta/models/gemini-test-model:generateContent");
        assertThat(received.apiKey()).isEqualTo("test-key");
        JsonNode body = GeminiWire.MAPPER.readTree(received.body());
        assertThat(body.at("/generationConfig/responseMimeType").asText()).isEqualTo("application/json");
        assertThat(body.at("/generationConfig/responseJsonSchema")).isEqualTo(GeminiWire.MAPPER.readTree(SCHEMA));
        assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(256);
        assertThat(body.at("/systemInstruction/parts/0/text").asText()).isEqualTo("You write rules.");
        assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/contents/0/parts/0/text").asText()).contains("in Pune");
    }

    @Test
    void answer_cut_at_max_tokens_is_declined() {
        stub.replay(200, "max-tokens.json");

        assertThat(complete()).isInstanceOfSatisfying(ModelReply.Declined.class, declined -> {
            assertThat(declined.reason()).contains("MAX_TOKENS");
            assertThat(declined.usage().total()).isEqualTo(1324);
        });
    }

    @Test
    void answer_stopped_for_safety_is_declined() {
        stub.replay(200, "safety.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason()).contains("SAFETY"));
    }

    @Test
    void blocked_prompt_is_declined_with_its_block_reason() {
        stub.replay(200, "blocked-prompt.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason()).contains("blocked", "PROHIBITED_CONTENT"));
    }

    @Test
    void malformed_json_in_a_finished_answer_is_handed_on_for_the_application_to_refuse() {
        stub.replay(200, "malformed-json.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Answered.class,
                        answered -> assertThat(answered.json()).startsWith("Sure!"));
    }

    @Test
    void per_minute_quota_is_retried_after_its_retry_delay() {
        stub.replay(429, "quota-per-minute.json").replay(200, "structured-answer.json");

        long started = System.nanoTime();
        ModelReply reply = complete();

        assertThat(reply).isInstanceOf(ModelReply.Answered.class);
        assertThat(stub.received).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void per_day_quota_is_never_retried() {
        stub.replay(429, "quota-per-day.json").replay(200, "structured-answer.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason()).contains("429", "RESOURCE_EXHAUSTED"));
        assertThat(stub.received).hasSize(1);
    }

    @Test
    void overloaded_model_is_retried_with_backoff_until_it_answers() {
        stub.replay(503, "unavailable.json").replay(503, "unavailable.json").replay(200, "structured-answer.json");

        assertThat(complete()).isInstanceOf(ModelReply.Answered.class);
        assertThat(stub.received).hasSize(3);
    }

    @Test
    void overloaded_model_is_declined_once_the_attempts_are_used() {
        stub.replay(503, "unavailable.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason()).contains("503", "overloaded"));
        assertThat(stub.received).hasSize(3);
    }

    @Test
    void invalid_key_is_declined_at_once() {
        stub.replay(400, "invalid-key.json");

        assertThat(complete())
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason())
                                .contains("API key not valid")
                                .doesNotContain("test-key"));
        assertThat(stub.received).hasSize(1);
    }

    @Test
    void answer_later_than_the_timeout_is_declined() {
        stub.replayBody(200, GeminiStub.fixture("structured-answer.json"), Duration.ofSeconds(3));

        ModelReply reply = model(stub, Duration.ofMillis(300)).complete(REQUEST).block();

        assertThat(reply)
                .isInstanceOfSatisfying(
                        ModelReply.Declined.class,
                        declined -> assertThat(declined.reason()).contains("did not answer within"));
    }
}

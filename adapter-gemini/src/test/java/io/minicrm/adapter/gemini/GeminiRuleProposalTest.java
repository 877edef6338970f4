package io.minicrm.adapter.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleValidator;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Describe an audience" through the engine with Gemini as its language model, against the stub. */
class GeminiRuleProposalTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

    private final GeminiStub stub = new GeminiStub();
    private final Crm crm = Crm.builder()
            .languageModel(GeminiLanguageModelTest.model(stub, Duration.ofSeconds(5)), 1_000_000)
            .build();

    @AfterEach
    void stop() {
        crm.close();
        stub.close();
    }

    private void customerInPune() {
        crm.blocking()
                .customers()
                .create(
                        SHOP,
                        new CustomerDraft(
                                "meera@example.com",
                                Optional.of("Meera Iyer"),
                                Optional.of("+919811122233"),
                                Optional.of("Pune"),
                                Set.of("vip"),
                                Map.of()));
    }

    @Test
    void gemini_rule_comes_back_validated_and_previewed_and_the_request_holds_no_customer_data() {
        customerInPune();
        stub.replay(200, "structured-answer.json");

        RuleProposal proposal = crm.assistant()
                .proposeRule(SHOP, "Pune people who spent over 5k")
                .block();

        assertThat(proposal.text()).isEqualTo("city = \"Pune\" and total_spend > 5000");
        assertThat(proposal.source()).isEqualTo("gemini/gemini-test-model");
        assertThat(proposal.explanation()).isEqualTo("Customers in Pune who spent more than 5000.");
        String sent = stub.received.getFirst().body();
        assertThat(sent).contains("responseJsonSchema", "total_spend (money in INR)");
        assertThat(sent).doesNotContain("meera@example.com", "Meera", "Iyer", "+919811122233");
        assertThat(crm.assistant().usage(SHOP).block().tokensUsed()).isEqualTo(905);
    }

    @Test
    void invalid_gemini_rule_is_sent_back_once_with_its_problem_and_the_repair_is_proposed() {
        stub.replay(200, "invalid-rule-answer.json").replay(200, "structured-answer.json");

        RuleProposal proposal =
                crm.assistant().proposeRule(SHOP, "high earners in Pune").block();

        assertThat(proposal.text()).isEqualTo("city = \"Pune\" and total_spend > 5000");
        assertThat(stub.received).hasSize(2);
        assertThat(stub.received.get(1).body()).contains("income", "refused");
    }

    @Test
    void malformed_gemini_answer_twice_is_refused_as_unanswerable() {
        stub.replay(200, "malformed-json.json");

        assertThatThrownBy(() ->
                        crm.assistant().proposeRule(SHOP, "people in Pune").block())
                .isInstanceOfSatisfying(
                        CrmException.class,
                        refused -> assertThat(refused.problem()).isInstanceOf(Problem.Unanswerable.class));
        assertThat(stub.received).hasSize(2);
    }

    @Test
    void blocked_prompt_is_refused_with_gemini_s_reason() {
        stub.replay(200, "blocked-prompt.json");

        assertThatThrownBy(() ->
                        crm.assistant().proposeRule(SHOP, "people in Pune").block())
                .hasMessageContaining("PROHIBITED_CONTENT");
    }

    @Test
    void whatever_text_gemini_answers_the_engine_proposes_a_validated_rule_or_refuses() {
        RuleValidator validator = new RuleValidator(FieldCatalogue.standard());
        qt().withFixedSeed(20261206L)
                .withExamples(60)
                .forAll(strings().allPossible().ofLengthBetween(0, 40).mix(rules(), 50))
                .checkAssert(text -> {
                    stub.always(200, candidate(text));
                    try {
                        RuleProposal proposal =
                                crm.assistant().proposeRule(SHOP, "anyone").block();
                        assertThat(validator.validate(proposal.rule()).isRight())
                                .isTrue();
                    } catch (CrmException refused) {
                        assertThat(refused.problem()).isInstanceOf(Problem.Unanswerable.class);
                    }
                });
    }

    /** Answers shaped as asked, with rules that name real and invented fields. */
    private static org.quicktheories.core.Gen<String> rules() {
        return strings().betweenCodePoints(' ', 'z').ofLengthBetween(0, 20).map(tail -> {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("understood", true);
            answer.put("rule", (tail.length() % 2 == 0 ? "total_spend > " : "loyalty_score > ") + tail);
            answer.put("explanation", "x");
            return answer.toString();
        });
    }

    private static String candidate(String text) {
        ObjectNode part = JsonNodeFactory.instance.objectNode().put("text", text);
        ObjectNode content = JsonNodeFactory.instance.objectNode().put("role", "model");
        content.putArray("parts").add(part);
        ObjectNode candidate = JsonNodeFactory.instance.objectNode().put("finishReason", "STOP");
        candidate.set("content", content);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putArray("candidates").add(candidate);
        return response.toString();
    }
}

package io.minicrm.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.ModelRequest;
import io.minicrm.application.port.out.TokenUsage;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.segment.RuleValidator;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import reactor.core.publisher.Mono;

class JunkAnswerPropertyTest {

    private static final List<String> WORDS = List.of(
            "total_spend",
            "income",
            "city",
            "tags",
            "last_order_at",
            "attr.tier",
            ">",
            "=",
            "has any",
            "within the last",
            "days",
            "ago",
            "5000",
            "\"Pune\"",
            "(",
            ")",
            "and",
            "or",
            "not",
            "all()",
            "-1",
            "1e99",
            "2026-13-45");

    /** Rule-like text: fields real and invented, operators, values and brackets in any order. */
    private static final Gen<String> RULE_LIKE = lists().of(integers().between(0, WORDS.size() - 1))
            .ofSizeBetween(0, 9)
            .map(picks -> String.join(" ", picks.stream().map(WORDS::get).toList()));

    private static final Gen<String> ANSWERS = strings()
            .allPossible()
            .ofLengthBetween(0, 60)
            .mix(RULE_LIKE.map(RuleDraftingTest::rule), 60)
            .mix(RULE_LIKE.map(rule -> "{\"understood\":true,\"rule\":" + rule + "}"), 20);

    @Test
    void whatever_the_model_answers_the_result_is_a_validated_rule_or_a_refusal() {
        AtomicReference<String> answer = new AtomicReference<>("");
        LanguageModel model = new LanguageModel() {
            @Override
            public String provider() {
                return "junk";
            }

            @Override
            public Mono<ModelReply> complete(ModelRequest request) {
                return Mono.just(new ModelReply.Answered(answer.get(), TokenUsage.NONE));
            }
        };
        RuleValidator validator = new RuleValidator(FieldCatalogue.standard());
        try (Crm crm = Crm.builder().languageModel(model, Long.MAX_VALUE).build()) {
            qt().withFixedSeed(20261206L).withExamples(300).forAll(ANSWERS).checkAssert(json -> {
                answer.set(json);
                try {
                    RuleProposal proposal = crm.assistant()
                            .proposeRule(WorkspaceId.DEFAULT, "anyone")
                            .block();
                    assertThat(validator.validate(proposal.rule()).isRight()).isTrue();
                    assertThat(RuleParser.parse(proposal.text()).get()).isEqualTo(proposal.rule());
                } catch (CrmException refused) {
                    assertThat(refused.problem()).isInstanceOf(Problem.Unanswerable.class);
                }
            });
        }
    }
}

package io.minicrm.application.assistant;

import java.time.LocalDate;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.Assistant;
import io.minicrm.application.port.in.ModelUsage;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** The assistant's features, offline when no language model is given and through it, within its budget, otherwise. */
public final class AssistantService implements Assistant {

    /** The longest description, objective or brief the assistant reads, in characters. */
    public static final int MAX_TEXT = 1000;

    private final CrmSettings settings;
    private final Optional<TokenBudget> budget;
    private final RuleDrafting rules;

    public AssistantService(
            Segments segments, CrmSettings settings, Optional<LanguageModel> model, long dailyTokenBudget) {
        this.settings = settings;
        this.budget = model.map(language -> new TokenBudget(language, dailyTokenBudget, settings.clock()));
        Optional<LanguageModel> budgeted = budget.map(LanguageModel.class::cast);
        this.rules = new RuleDrafting(segments, settings, budgeted);
    }

    @Override
    public Mono<RuleProposal> proposeRule(WorkspaceId workspace, String description) {
        return words("description", description).flatMap(text -> rules.propose(workspace, text));
    }

    @Override
    public Mono<ModelUsage> usage(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> budget.map(tally ->
                        new ModelUsage(tally.today(), tally.used(workspace), tally.dailyBudget(), tally.provider()))
                .orElseGet(() -> new ModelUsage(LocalDate.now(settings.clock()), 0, 0, "offline")));
    }

    static Mono<String> words(String field, String text) {
        if (text.isBlank()) {
            return CrmException.refuse(Problem.Invalid.of(field, "is blank"));
        }
        if (text.length() > MAX_TEXT) {
            return CrmException.refuse(
                    Problem.Invalid.of(field, "has " + text.length() + " characters, more than " + MAX_TEXT));
        }
        return Mono.just(text.strip());
    }
}

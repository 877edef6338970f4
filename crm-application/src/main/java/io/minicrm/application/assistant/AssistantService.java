package io.minicrm.application.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.Assistant;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.MessageVariants;
import io.minicrm.application.port.in.ModelUsage;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.in.TagProposal;
import io.minicrm.application.port.in.VariantBrief;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignTags;
import io.minicrm.domain.segment.SegmentId;
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
    private final Variants variants;
    private final PerformanceFigures performance;
    private final SendTimes sendTimes;
    private final Lookalikes lookalikes;
    private final Tagging tagging;

    public AssistantService(
            Segments segments,
            Campaigns campaigns,
            Stores stores,
            CrmSettings settings,
            Optional<LanguageModel> model,
            long dailyTokenBudget) {
        this.settings = settings;
        this.budget = model.map(language -> new TokenBudget(language, dailyTokenBudget, settings.clock()));
        Optional<LanguageModel> budgeted = budget.map(LanguageModel.class::cast);
        Wording wording = new Wording(budgeted);
        this.rules = new RuleDrafting(segments, settings, budgeted);
        this.variants = new Variants(campaigns, stores.segments(), settings, budgeted);
        this.performance = new PerformanceFigures(stores.campaigns(), stores.deliveries(), stores.customers(), wording);
        this.sendTimes = new SendTimes(stores.segments(), stores.customers(), stores.orders(), settings, wording);
        this.lookalikes = new Lookalikes(stores.segments(), stores.customers(), segments, settings);
        this.tagging = new Tagging(stores.campaigns(), stores.segments(), budgeted);
    }

    /** The stores the features read. */
    public record Stores(
            CustomerStore customers,
            OrderStore orders,
            SegmentStore segments,
            CampaignStore campaigns,
            DeliveryStore deliveries) {}

    @Override
    public Mono<RuleProposal> proposeRule(WorkspaceId workspace, String description) {
        return words("description", description).flatMap(text -> rules.propose(workspace, text));
    }

    @Override
    public Mono<MessageVariants> proposeVariants(WorkspaceId workspace, VariantBrief brief) {
        return words("objective", brief.objective())
                .flatMap(objective -> variants.propose(
                        workspace, new VariantBrief(objective, brief.segment(), brief.channel(), brief.count())));
    }

    @Override
    public Mono<WordedFigures> summarise(WorkspaceId workspace, CampaignId campaign) {
        return performance.summarise(workspace, campaign);
    }

    @Override
    public Mono<WordedFigures> suggestSendTime(WorkspaceId workspace, SegmentId segment) {
        return sendTimes.suggest(workspace, segment);
    }

    @Override
    public Mono<RuleProposal> proposeLookalike(WorkspaceId workspace, SegmentId seed) {
        return lookalikes.propose(workspace, seed);
    }

    @Override
    public Mono<TagProposal> proposeTags(WorkspaceId workspace, CampaignId campaign, List<String> extraVocabulary) {
        return CrmException.orRefuse(CampaignTags.vocabulary(extraVocabulary))
                .flatMap(vocabulary -> tagging.propose(workspace, campaign, vocabulary));
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

package io.minicrm.application.assistant;

import static io.minicrm.application.assistant.Shop.NOW;
import static io.minicrm.application.assistant.Shop.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Figure;
import io.minicrm.application.port.in.MessageVariants;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.TagProposal;
import io.minicrm.application.port.in.VariantBrief;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.application.port.out.ModelReply;
import io.minicrm.application.port.out.TokenUsage;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignTags;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class AssistantFeaturesTest {

    private static Instant kolkata(String localTime) {
        return LocalDateTime.parse(localTime).atZone(Shop.KOLKATA).toInstant();
    }

    private static ModelReply answer(String json) {
        return new ModelReply.Answered(json, new TokenUsage(1, 1));
    }

    @Test
    void offline_variants_parse_and_fit_an_sms() {
        try (Shop shop = new Shop(Optional.empty())) {
            Segment pune = shop.segment("Pune", "city = \"Pune\"");

            MessageVariants variants = shop.crm
                    .assistant()
                    .proposeVariants(SHOP, new VariantBrief("bring back lapsed buyers", pune.id(), Channel.SMS, 3))
                    .block();

            assertThat(variants.variants())
                    .hasSize(3)
                    .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(Variants.limit(Channel.SMS)));
            assertThat(variants.source()).isEqualTo("offline");
        }
    }

    @Test
    void model_variant_loses_unknown_placeholders_and_an_overlong_one_is_dropped() {
        ScriptedModel model = new ScriptedModel(answer("{\"variants\":[\"Hi {{first_name|there}}, use {{coupon|code"
                + " FEST}} today!\",\"" + "x".repeat(400) + "\"]}"));
        try (Shop shop = new Shop(Optional.of(model))) {
            Segment pune = shop.segment("Pune", "city = \"Pune\"");

            MessageVariants variants = shop.crm
                    .assistant()
                    .proposeVariants(SHOP, new VariantBrief("festive offer", pune.id(), Channel.SMS, 2))
                    .block();

            assertThat(variants.variants()).containsExactly("Hi {{first_name|there}}, use code FEST today!");
            assertThat(variants.removedPlaceholders()).containsExactly("coupon");
            assertThat(model.requests.getFirst().input()).contains("festive offer", "city = \"Pune\"");
        }
    }

    @Test
    void summary_quotes_only_numbers_the_engine_produced() {
        try (Shop shop = new Shop(Optional.empty())) {
            Campaign done = completedCampaign(shop);

            WordedFigures summary =
                    shop.crm.assistant().summarise(SHOP, done.id()).block();

            assertThat(summary.figures()).contains(new Figure("audience", "2"));
            assertThat(Wording.numbers(summary.text()))
                    .isNotEmpty()
                    .allSatisfy(number -> assertThat(allowed(summary)).contains(number));
        }
    }

    @Test
    void model_summary_quoting_an_invented_number_gives_way_to_the_engine_s_words() {
        ScriptedModel model = new ScriptedModel(answer("{\"text\":\"Great! 97% of 5000 customers opened it.\"}"));
        try (Shop shop = new Shop(Optional.of(model))) {
            Campaign done = completedCampaign(shop);

            WordedFigures summary =
                    shop.crm.assistant().summarise(SHOP, done.id()).block();

            assertThat(summary.text()).startsWith("'Hello Pune'");
            assertThat(summary.source()).contains("quoted 97");
            assertThat(model.requests.getFirst().input()).doesNotContain("a@example.com", "b@example.com");
        }
    }

    @Test
    void model_summary_with_the_engine_s_numbers_is_kept() {
        ScriptedModel model = new ScriptedModel(answer("{\"text\":\"All 2 customers were reached.\"}"));
        try (Shop shop = new Shop(Optional.of(model))) {
            Campaign done = completedCampaign(shop);

            WordedFigures summary =
                    shop.crm.assistant().summarise(SHOP, done.id()).block();

            assertThat(summary.text()).isEqualTo("All 2 customers were reached.");
            assertThat(summary.source()).isEqualTo("scripted");
        }
    }

    @Test
    void send_time_is_the_weekday_and_hour_the_audience_orders_most_in_the_workspace_zone() {
        try (Shop shop = new Shop(Optional.empty())) {
            Customer asha = shop.customer("a@example.com", "Pune", Set.of());
            Customer ravi = shop.customer("b@example.com", "Pune", Set.of());
            shop.customer("c@example.com", "Delhi", Set.of());
            shop.order(asha, 100, kolkata("2026-11-20T19:15:00")); // a Friday
            shop.order(ravi, 100, kolkata("2026-11-13T19:45:00")); // a Friday
            shop.order(ravi, 100, kolkata("2026-11-16T09:00:00")); // a Monday
            Segment pune = shop.segment("Pune", "city = \"Pune\"");

            WordedFigures suggestion =
                    shop.crm.assistant().suggestSendTime(SHOP, pune.id()).block();

            assertThat(suggestion.text()).startsWith("Send on Friday 19:00 (Asia/Kolkata): 2 of the 3 orders");
            assertThat(suggestion.figures()).contains(new Figure("orders on Friday 19:00", "2"));
        }
    }

    @Test
    void send_time_for_an_audience_without_orders_is_unanswerable() {
        try (Shop shop = new Shop(Optional.empty())) {
            shop.customer("a@example.com", "Pune", Set.of());
            Segment pune = shop.segment("Pune", "city = \"Pune\"");

            assertThatThrownBy(() -> shop.crm
                            .assistant()
                            .suggestSendTime(SHOP, pune.id())
                            .block())
                    .isInstanceOfSatisfying(
                            CrmException.class,
                            refused -> assertThat(refused.problem()).isInstanceOf(Problem.Unanswerable.class));
        }
    }

    @Test
    void lookalike_finds_big_spenders_outside_the_seed_and_leaves_the_seed_out() {
        try (Shop shop = new Shop(Optional.empty())) {
            for (int i = 0; i < 4; i++) {
                shop.order(shop.customer("vip" + i + "@example.com", "Pune", Set.of("vip")), 20_000 + i, NOW);
                shop.order(shop.customer("small" + i + "@example.com", "Delhi", Set.of()), 200, NOW);
            }
            Customer lookalike = shop.customer("big@example.com", "Delhi", Set.of());
            shop.order(lookalike, 30_000, NOW);
            Segment vips = shop.segment("VIP", "tags has any (\"vip\")");

            RuleProposal proposal =
                    shop.crm.assistant().proposeLookalike(SHOP, vips.id()).block();

            assertThat(proposal.text()).isEqualTo("total_spend >= 20001 and not tags has any (\"vip\")");
            assertThat(proposal.preview().sample()).extracting(Customer::id).containsExactly(lookalike.id());
            assertThat(proposal.explanation()).contains("median spend");
        }
    }

    @Test
    void tags_come_from_the_campaign_s_words_and_the_vocabulary_the_request_adds() {
        try (Shop shop = new Shop(Optional.empty())) {
            Segment pune = shop.segment("Pune", "city = \"Pune\"");
            Campaign campaign = shop.engine
                    .campaigns()
                    .create(
                            SHOP,
                            new NewCampaign(
                                    "Diwali sale for VIPs",
                                    pune.id(),
                                    Channel.SMS,
                                    Optional.empty(),
                                    "Hi {{first_name|there}}, 20% off sarees!",
                                    Map.of()),
                            "me");

            TagProposal tags = shop.crm
                    .assistant()
                    .proposeTags(SHOP, campaign.id(), List.of("sarees"))
                    .block();

            assertThat(tags.tags())
                    .extracting(TagProposal.Suggested::tag)
                    .containsExactlyInAnyOrder("festive", "promotion", "high-value", "local", "sarees");
        }
    }

    @Test
    void accepted_tags_are_stored_on_the_campaign_and_find_it_in_the_history() {
        try (Shop shop = new Shop(Optional.empty())) {
            Segment pune = shop.segment("Pune", "city = \"Pune\"");
            Campaign campaign = shop.engine
                    .campaigns()
                    .create(
                            SHOP,
                            new NewCampaign(
                                    "We miss you", pune.id(), Channel.SMS, Optional.empty(), "Come back!", Map.of()),
                            "me");
            TagProposal proposal = shop.crm
                    .assistant()
                    .proposeTags(SHOP, campaign.id(), List.of("sarees"))
                    .block();

            shop.engine
                    .campaigns()
                    .retag(
                            SHOP,
                            campaign.id(),
                            proposal.tags().stream()
                                    .map(TagProposal.Suggested::tag)
                                    .toList(),
                            List.of("sarees"));

            assertThat(shop.engine
                            .campaigns()
                            .list(SHOP, Optional.empty(), Optional.of("win-back"), PageRequest.FIRST)
                            .items())
                    .extracting(Campaign::id)
                    .containsExactly(campaign.id());
        }
    }

    @Test
    void every_standard_tag_has_words_that_suggest_it() {
        assertThat(Tagging.VOCABULARY.keySet()).isEqualTo(CampaignTags.STANDARD);
    }

    private static Campaign completedCampaign(Shop shop) {
        shop.customer("a@example.com", "Pune", Set.of());
        shop.customer("b@example.com", "Pune", Set.of());
        Segment pune = shop.segment("Pune", "city = \"Pune\"");
        Campaign draft = shop.engine
                .campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Hello Pune",
                                pune.id(),
                                Channel.SMS,
                                Optional.empty(),
                                "Hi {{first_name|there}}!",
                                Map.of()),
                        "me");
        shop.crm.start();
        shop.engine.campaigns().queue(SHOP, draft.id());
        return shop.engine.campaigns().awaitCompletion(SHOP, draft.id(), Duration.ofSeconds(20));
    }

    private static Set<BigDecimal> allowed(WordedFigures summary) {
        return summary.figures().stream()
                .flatMap(figure -> Wording.numbers(figure.name() + " " + figure.value()).stream())
                .collect(Collectors.toSet());
    }
}

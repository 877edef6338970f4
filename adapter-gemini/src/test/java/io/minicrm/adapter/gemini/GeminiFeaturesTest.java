package io.minicrm.adapter.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.Figure;
import io.minicrm.application.port.in.MessageVariants;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.RuleProposal;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.TagProposal;
import io.minicrm.application.port.in.VariantBrief;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Features 2 to 6 through the engine with Gemini as its language model, against the stub replaying answers in
 * Gemini's response shape: each gives the documented outcome, and no request carries a customer's data.
 */
class GeminiFeaturesTest {

    private static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final List<String> CUSTOMER_DATA =
            List.of("asha@example.com", "ravi@example.com", "Asha Rao", "Ravi Kumar", "+919811122233", "+919822233344");

    private final GeminiStub stub = new GeminiStub();
    private final Crm crm = Crm.builder()
            .settings(new CrmSettings(
                    Currency.getInstance("INR"),
                    FieldCatalogue.standard(),
                    Clock.fixed(NOW, KOLKATA),
                    IdGenerator.TIME_ORDERED))
            .languageModel(GeminiLanguageModelTest.model(stub, Duration.ofSeconds(5)), 1_000_000)
            .build();
    private final BlockingCrm engine = crm.blocking();
    private Customer asha;
    private Customer ravi;

    @AfterEach
    void stop() {
        crm.close();
        stub.close();
    }

    @Test
    void variants_keep_known_placeholders_lose_unknown_ones_and_drop_an_overlong_one() {
        Segment pune = customersInPune();
        stub.replay(200, "message-variants.json");

        MessageVariants variants = crm.assistant()
                .proposeVariants(SHOP, new VariantBrief("win back lapsed buyers", pune.id(), Channel.SMS, 3))
                .block();

        assertThat(variants.variants())
                .containsExactly(
                        "Hi {{first_name|there}}, we miss you in {{city|your city}}! 15% off all week.",
                        "{{first_name|Friend}}, come back with code MISSYOU for 15% off.");
        assertThat(variants.removedPlaceholders()).containsExactly("coupon", "nickname");
        assertThat(variants.source()).isEqualTo("gemini/gemini-test-model");
        assertThat(schemaSent().at("/properties/variants/type").asText()).isEqualTo("array");
        assertThat(inputSent()).contains("<objective>\nwin back lapsed buyers\n</objective>", "city = \"Pune\"");
        assertNoCustomerDataSent();
    }

    @Test
    void summary_in_the_engine_s_figures_is_kept_and_quotes_only_their_numbers() {
        Campaign done = completedCampaign();
        stub.replay(200, "summary-in-figures.json");

        WordedFigures summary = crm.assistant().summarise(SHOP, done.id()).block();

        assertThat(summary.text()).isEqualTo("Hello Pune went to all 2 customers of its audience.");
        assertThat(summary.source()).isEqualTo("gemini/gemini-test-model");
        assertThat(numbers(summary.text())).isNotEmpty().isSubsetOf(numbersOf(summary.figures()));
        assertThat(schemaSent().at("/required/0").asText()).isEqualTo("text");
        assertThat(inputSent()).startsWith("<figures>").contains("audience: 2");
        assertNoCustomerDataSent();
    }

    @Test
    void summary_quoting_a_number_no_figure_holds_gives_way_to_the_engine_s_sentence() {
        Campaign done = completedCampaign();
        stub.replay(200, "summary-inventing-a-number.json");

        WordedFigures summary = crm.assistant().summarise(SHOP, done.id()).block();

        assertThat(summary.text()).startsWith("'Hello Pune'").doesNotContain("97", "5,000");
        assertThat(summary.source())
                .isEqualTo("offline (gemini/gemini-test-model's text quoted 97, which no figure holds)");
        assertThat(numbers(summary.text())).isNotEmpty().isSubsetOf(numbersOf(summary.figures()));
    }

    @Test
    void send_time_is_the_engine_s_busiest_slot_worded_by_gemini() {
        Segment pune = customersInPune();
        order(asha, "2026-11-20T19:15:00"); // a Friday
        order(ravi, "2026-11-13T19:45:00"); // a Friday
        order(ravi, "2026-11-16T09:00:00"); // a Monday
        stub.replay(200, "send-time-words.json");

        WordedFigures suggestion =
                crm.assistant().suggestSendTime(SHOP, pune.id()).block();

        assertThat(suggestion.text()).isEqualTo("Friday 19:00 is when this audience orders most: 2 of their 3 orders.");
        assertThat(suggestion.figures()).contains(new Figure("orders on Friday 19:00", "2"));
        assertThat(numbers(suggestion.text())).isSubsetOf(numbersOf(suggestion.figures()));
        assertThat(inputSent()).contains("orders on Friday 19:00: 2");
        assertNoCustomerDataSent();
    }

    @Test
    void lookalike_is_the_engine_s_arithmetic_and_asks_gemini_nothing() {
        for (int i = 0; i < 4; i++) {
            order(customer("vip" + i + "@example.com", "Pune", Set.of("vip")), 20_000 + i, NOW);
            order(customer("small" + i + "@example.com", "Delhi", Set.of()), 200, NOW);
        }
        Segment vips = segment("VIP", "tags has any (\"vip\")");

        RuleProposal proposal =
                crm.assistant().proposeLookalike(SHOP, vips.id()).block();

        assertThat(proposal.text()).isEqualTo("total_spend >= 20001 and not tags has any (\"vip\")");
        assertThat(stub.received).isEmpty();
    }

    @Test
    void tags_are_those_gemini_chose_within_the_vocabulary_the_schema_allowed() {
        Segment pune = customersInPune();
        Campaign campaign = engine.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Diwali sale",
                                pune.id(),
                                Channel.SMS,
                                Optional.empty(),
                                "20% off, {{first_name}}!",
                                Map.of()),
                        "me");
        stub.replay(200, "campaign-tags.json");

        TagProposal tags = crm.assistant()
                .proposeTags(SHOP, campaign.id(), List.of("sarees"))
                .block();

        assertThat(tags.tags()).extracting(TagProposal.Suggested::tag).containsExactly("festive", "promotion");
        assertThat(tags.source()).isEqualTo("gemini/gemini-test-model");
        assertThat(schemaSent().at("/properties/tags/items/enum"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "announcement",
                        "festive",
                        "high-value",
                        "local",
                        "loyalty",
                        "promotion",
                        "reminder",
                        "welcome",
                        "win-back",
                        "sarees");
        assertThat(inputSent()).contains("Diwali sale", "20% off, {{first_name}}!");
        assertNoCustomerDataSent();
    }

    /** The one request Gemini received. */
    private JsonNode sent() {
        assertThat(stub.received).hasSize(1);
        try {
            return GeminiWire.MAPPER.readTree(stub.received.getFirst().body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the request is not JSON", e);
        }
    }

    private JsonNode schemaSent() {
        return sent().at("/generationConfig/responseJsonSchema");
    }

    private String inputSent() {
        return sent().at("/contents/0/parts/0/text").asText();
    }

    private void assertNoCustomerDataSent() {
        stub.received.forEach(request -> assertThat(request.body()).doesNotContain(CUSTOMER_DATA));
    }

    /** Asha and Ravi, both in Pune, and the segment of Pune's customers. */
    private Segment customersInPune() {
        asha = engine.customers()
                .create(SHOP, draft("asha@example.com", "Asha Rao", "+919811122233", "Pune", Set.of()));
        ravi = engine.customers()
                .create(SHOP, draft("ravi@example.com", "Ravi Kumar", "+919822233344", "Pune", Set.of()));
        return segment("Pune", "city = \"Pune\"");
    }

    private Campaign completedCampaign() {
        Segment pune = customersInPune();
        Campaign draft = engine.campaigns()
                .create(
                        SHOP,
                        new NewCampaign("Hello Pune", pune.id(), Channel.SMS, Optional.empty(), "Hi there!", Map.of()),
                        "me");
        crm.start();
        engine.campaigns().queue(SHOP, draft.id());
        return engine.campaigns().awaitCompletion(SHOP, draft.id(), Duration.ofSeconds(20));
    }

    private Customer customer(String email, String city, Set<String> tags) {
        return engine.customers().create(SHOP, draft(email, "Name", "+919800000000", city, tags));
    }

    private static CustomerDraft draft(String email, String name, String phone, String city, Set<String> tags) {
        return new CustomerDraft(email, Optional.of(name), Optional.of(phone), Optional.of(city), tags, Map.of());
    }

    private Segment segment(String name, String rule) {
        return engine.segments().define(SHOP, new SegmentDraft(name, "", new RuleSource.Text(rule), "me"));
    }

    private void order(Customer customer, String kolkataTime) {
        order(customer, 100, LocalDateTime.parse(kolkataTime).atZone(KOLKATA).toInstant());
    }

    private void order(Customer customer, long amount, Instant at) {
        engine.orders()
                .record(
                        SHOP,
                        new OrderDraft(
                                Optional.empty(),
                                customer.id().value(),
                                BigDecimal.valueOf(amount),
                                Optional.empty(),
                                List.of(),
                                Optional.of(at)));
    }

    /** Every number in a text, commas dropped, compared by value, as the engine's check reads them. */
    private static List<BigDecimal> numbers(String text) {
        Matcher matcher = NUMBER.matcher(text);
        List<BigDecimal> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(new BigDecimal(matcher.group().replace(",", "")).stripTrailingZeros());
        }
        return found;
    }

    private static List<BigDecimal> numbersOf(List<Figure> figures) {
        return figures.stream()
                .flatMap(figure -> numbers(figure.name() + " " + figure.value()).stream())
                .toList();
    }
}

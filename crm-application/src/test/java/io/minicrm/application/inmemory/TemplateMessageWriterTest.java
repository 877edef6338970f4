package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Set;

import io.minicrm.application.port.out.MessageWriter.Brief;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TemplateMessageWriterTest {

    private static final List<String> VARIABLES =
            List.of("discount", "promo_code", "store", "first_name", "bad name", "x|y", "}}");

    private final TemplateMessageWriter writer = new TemplateMessageWriter();

    @Test
    void proposes_as_many_distinct_templates_as_asked_each_parsing_with_the_standard_fields_and_the_briefs_variables() {
        Gen<String> goals = Generate.pick(
                        List.of("Win back lapsed buyers", "Diwali sale {{", "Launch the new range", "}} {{x}}"))
                .mix(strings().allPossible().ofLengthBetween(0, 40));
        Gen<List<String>> variables = lists().of(Generate.pick(VARIABLES)).ofSizeBetween(0, 4);
        qt().withFixedSeed(20261124L)
                .withExamples(500)
                .forAll(
                        goals,
                        variables,
                        Generate.enumValues(Channel.class),
                        integers().between(1, 10))
                .checkAssert((goal, names, channel, count) -> {
                    List<String> proposals = propose(new Brief(goal, "Everyone", "all()", channel, names, count));

                    assertThat(proposals).hasSize(count).doesNotHaveDuplicates();
                    PlaceholderCatalogue known = new PlaceholderCatalogue(FieldCatalogue.standard(), Set.copyOf(names));
                    proposals.forEach(text -> assertThat(
                                    MessageTemplate.parse("body", text, known).isRight())
                            .as(text)
                            .isTrue());
                });
    }

    @Test
    void the_same_brief_always_gets_the_same_proposals() {
        Brief brief =
                new Brief("Diwali sale", "Big spenders", "total_spend > 5000", Channel.EMAIL, List.of("discount"), 10);

        assertThat(propose(brief)).isEqualTo(propose(brief));
    }

    @Test
    void greets_by_first_name_with_a_fallback() {
        assertThat(propose(brief("Say hello", Channel.EMAIL, List.of(), 10)))
                .allMatch(text -> text.contains("{{first_name|there}}"));
    }

    @Test
    void a_text_message_is_one_line_shorter_than_the_email_for_the_same_brief() {
        List<String> emails = propose(brief("Diwali sale", Channel.EMAIL, List.of("discount", "promo_code"), 10));
        List<String> texts = propose(brief("Diwali sale", Channel.SMS, List.of("discount", "promo_code"), 10));

        for (int n = 0; n < 10; n++) {
            assertThat(texts.get(n))
                    .doesNotContain("\n")
                    .hasSizeLessThan(emails.get(n).length())
                    .hasSizeLessThanOrEqualTo(160);
        }
    }

    @Test
    void takes_its_wording_from_the_goal() {
        assertThat(propose(brief("Win back customers who have not ordered in 90 days", Channel.EMAIL, List.of(), 1)))
                .singleElement()
                .asString()
                .contains("missed you");
        assertThat(propose(brief("Diwali sale: 20% off everything", Channel.SMS, List.of(), 1)))
                .singleElement()
                .asString()
                .contains("special offer");
    }

    @Test
    void names_each_variable_a_campaign_may_declare_and_leaves_out_the_others() {
        List<String> proposals = propose(
                brief("Diwali sale", Channel.EMAIL, List.of("promo_code", "first_name", "bad name", "promo_code"), 1));

        assertThat(proposals)
                .singleElement()
                .asString()
                .containsOnlyOnce("Promo code: {{promo_code}}")
                .doesNotContain("bad name")
                .doesNotContain("{{first_name}}");
    }

    private List<String> propose(Brief brief) {
        return writer.propose(brief).collectList().block();
    }

    private static Brief brief(String goal, Channel channel, List<String> variables, int count) {
        return new Brief(goal, "Everyone", "all()", channel, variables, count);
    }
}

package io.minicrm.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTemplateParsingTest {

    private static final PlaceholderCatalogue KNOWN = new PlaceholderCatalogue(
            FieldCatalogue.standard().withAttribute("plan", FieldType.TEXT), Set.of("discount"));

    private static List<Violation> violations(String text) {
        return MessageTemplate.parse("body", text, KNOWN).getLeft().violations();
    }

    @Test
    void accepts_every_kind_of_placeholder() {
        String text = "{{first_name}}{{name}}{{email}}{{phone}}{{city}}{{total_spend}}{{order_count}}"
                + "{{last_order_at}}{{attr.plan}}{{discount}}";

        assertThat(MessageTemplate.parse("body", text, KNOWN).get().text()).isEqualTo(text);
    }

    @Test
    void lists_every_unknown_placeholder_with_its_line_and_column() {
        assertThat(violations("Hi {{frist_name}},\n{{ discont |5}}% off {{attr.tier}} {{first name}} {{attr.}}"))
                .containsExactly(
                        new Violation("body", "unknown placeholder 'frist_name' at line 1, column 4"),
                        new Violation("body", "unknown placeholder 'discont' at line 2, column 1"),
                        new Violation("body", "unknown placeholder 'attr.tier' at line 2, column 22"),
                        new Violation("body", "unknown placeholder 'first name' at line 2, column 36"),
                        new Violation("body", "unknown placeholder 'attr.' at line 2, column 51"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Hi {{first_name;           unclosed '{{' at line 1, column 4",
                "Hi {{first_name}, bye;     unclosed '{{' at line 1, column 4",
                "{{}} there;                empty placeholder name at line 1, column 1",
                "Hi {{  |friend}};          empty placeholder name at line 1, column 4"
            })
    void refuses_a_malformed_placeholder(String text, String message) {
        assertThat(violations(text)).containsExactly(new Violation("body", message));
    }

    @Test
    void an_unclosed_placeholder_does_not_hide_the_next_one() {
        assertThat(violations("{{first_name {{nickname}} {{city}}"))
                .containsExactly(
                        new Violation("body", "unclosed '{{' at line 1, column 1"),
                        new Violation("body", "unknown placeholder 'nickname' at line 1, column 14"));
    }

    @Test
    void reports_problems_in_the_order_they_appear() {
        assertThat(violations("{{x}} {{}} {{city}} {{y"))
                .extracting(Violation::message)
                .containsExactly(
                        "unknown placeholder 'x' at line 1, column 1",
                        "empty placeholder name at line 1, column 7",
                        "unclosed '{{' at line 1, column 21");
    }

    @Test
    void campaign_variables_are_known_only_when_the_campaign_declares_them() {
        PlaceholderCatalogue withoutVariables = new PlaceholderCatalogue(FieldCatalogue.standard(), Set.of());

        assertThat(MessageTemplate.parse("subject", "{{discount}}% off", withoutVariables)
                        .getLeft()
                        .violations())
                .containsExactly(new Violation("subject", "unknown placeholder 'discount' at line 1, column 1"));
    }

    @Test
    void variable_names_must_be_plain_and_not_hide_a_customer_field() {
        PlaceholderCatalogue catalogue = new PlaceholderCatalogue(
                FieldCatalogue.standard(), Set.of("discount", "first_name", "attr.plan", "2for1"));

        assertThat(catalogue.variableViolations("variables"))
                .containsExactly(
                        new Violation(
                                "variables.2for1", "a variable name is a letter then up to 63 letters, digits or '_'"),
                        new Violation(
                                "variables.attr.plan",
                                "a variable name is a letter then up to 63 letters, digits or '_'"),
                        new Violation("variables.first_name", "'first_name' is a customer field; rename the variable"));
    }
}

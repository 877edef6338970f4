package io.minicrm.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Currency INR = Currency.getInstance("INR");
    private static final Instant JOINED = Instant.parse("2026-01-01T00:00:00Z");
    /** 00:30 on 24 November in Kolkata, still the 23rd in UTC. */
    private static final Instant LAST_ORDER = Instant.parse("2026-11-23T19:00:00Z");

    private static final PlaceholderCatalogue KNOWN = new PlaceholderCatalogue(
            FieldCatalogue.standard()
                    .withAttribute("plan", FieldType.TEXT)
                    .withAttribute("score", FieldType.NUMBER)
                    .withAttribute("vip", FieldType.BOOLEAN)
                    .withAttribute("renewal_at", FieldType.DATETIME),
            Set.of("discount", "code"));

    private static MessageTemplate template(String text) {
        return MessageTemplate.parse("body", text, KNOWN).get();
    }

    private static Profile named(String name) {
        return new Profile(Optional.ofNullable(name), Optional.empty(), Optional.empty(), Set.of(), Map.of());
    }

    private static Customer customer(Profile profile) {
        return Customer.register(
                WorkspaceId.DEFAULT, new CustomerId("c1"), new Email("asha@example.com"), profile, INR, JOINED);
    }

    private static Customer asha() {
        Profile profile = new Profile(
                Optional.of("Asha Rao"),
                Optional.of("+91 98765 43210"),
                Optional.of("Pune"),
                Set.of("vip"),
                Map.of(
                        "plan",
                        new AttributeValue.Text("Gold"),
                        "score",
                        new AttributeValue.Decimal(new BigDecimal("9.50")),
                        "vip",
                        new AttributeValue.Flag(true),
                        "renewal_at",
                        new AttributeValue.Moment(Instant.parse("2026-11-30T20:00:00Z"))));
        PurchaseHistory purchases = new PurchaseHistory(
                Money.of("12345.5", "INR"), 3, Optional.of(JOINED), Optional.of(LAST_ORDER), Set.of());
        return new Customer(
                WorkspaceId.DEFAULT,
                new CustomerId("c1"),
                new Email("asha@example.com"),
                profile,
                purchases,
                JOINED,
                JOINED);
    }

    @Test
    void fills_in_every_customer_field() {
        MessageTemplate template = template("{{first_name}}|{{name}}|{{email}}|{{phone}}|{{city}}|{{total_spend}}"
                + "|{{order_count}}|{{last_order_at}}");

        assertThat(template.render(asha(), Map.of(), KOLKATA))
                .isEqualTo("Asha|Asha Rao|asha@example.com|+91 98765 43210|Pune|12345.50|3|2026-11-24");
    }

    @Test
    void a_customer_who_never_ordered_has_spent_nothing_in_zero_orders() {
        assertThat(template("{{total_spend}} in {{order_count}} orders, last {{last_order_at|never}}")
                        .render(customer(Profile.EMPTY), Map.of(), KOLKATA))
                .isEqualTo("0.00 in 0 orders, last never");
    }

    @Test
    void dates_are_days_in_the_zone_given_at_render_time() {
        MessageTemplate template = template("{{last_order_at}} {{attr.renewal_at}}");

        assertThat(template.render(asha(), Map.of(), KOLKATA)).isEqualTo("2026-11-24 2026-12-01");
        assertThat(template.render(asha(), Map.of(), ZoneOffset.UTC)).isEqualTo("2026-11-23 2026-11-30");
    }

    @Test
    void first_name_is_the_first_word_of_the_name() {
        assertThat(template("Hi {{first_name}}!").render(customer(named("Asha Rao")), Map.of(), KOLKATA))
                .isEqualTo("Hi Asha!");
        assertThat(template("Hi {{first_name}}!").render(customer(named("Asha")), Map.of(), KOLKATA))
                .isEqualTo("Hi Asha!");
        // Words end at any white space the name may hold, as the name's own ends are stripped of it.
        assertThat(template("Hi {{first_name}}!").render(customer(named("Asha\u3000 Rao")), Map.of(), KOLKATA))
                .isEqualTo("Hi Asha!");
        assertThat(template("Hi {{first_name}}!").render(customer(named("Asha\u2003Rao")), Map.of(), KOLKATA))
                .isEqualTo("Hi Asha!");
    }

    @Test
    void custom_attributes_are_written_by_their_declared_type() {
        assertThat(template("{{attr.plan}} {{attr.score}} {{attr.vip}}").render(asha(), Map.of(), KOLKATA))
                .isEqualTo("Gold 9.50 true");
    }

    @Test
    void an_attribute_stored_with_another_type_than_declared_counts_as_absent() {
        Customer customer = customer(new Profile(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Map.of("score", new AttributeValue.Text("nine"))));

        assertThat(template("score {{attr.score|unknown}}").render(customer, Map.of(), KOLKATA))
                .isEqualTo("score unknown");
    }

    @Test
    void campaign_variables_are_filled_in_and_fall_back_when_absent_or_blank() {
        MessageTemplate template = template("{{discount|10}}% off");

        assertThat(template.render(asha(), Map.of("discount", "25"), KOLKATA)).isEqualTo("25% off");
        assertThat(template.render(asha(), Map.of(), KOLKATA)).isEqualTo("10% off");
        assertThat(template.render(asha(), Map.of("discount", "  "), KOLKATA)).isEqualTo("10% off");
    }

    @Test
    void an_absent_value_without_a_fallback_renders_as_nothing() {
        assertThat(template("Hi {{first_name}}, from {{city}}{{code}}.")
                        .render(customer(Profile.EMPTY), Map.of(), KOLKATA))
                .isEqualTo("Hi , from .");
    }

    @Test
    void spaces_around_names_and_fallbacks_are_ignored_but_kept_inside_a_fallback() {
        MessageTemplate template = template("Hi {{ first_name | dear customer }}, {{city|}}{{ city |  }}!");

        assertThat(template.render(customer(Profile.EMPTY), Map.of(), KOLKATA)).isEqualTo("Hi dear customer, !");
        assertThat(template.render(asha(), Map.of(), KOLKATA)).isEqualTo("Hi Asha, PunePune!");
    }

    @Test
    void a_fallback_may_hold_a_bar() {
        assertThat(template("{{city|a|b}}").render(customer(Profile.EMPTY), Map.of(), KOLKATA))
                .isEqualTo("a|b");
    }

    @Test
    void placeholders_in_customer_data_are_printed_as_they_are() {
        Customer sly = customer(named("{{discount}} {{first_name}}"));

        assertThat(template("Hi {{name}}, {{discount}}% off").render(sly, Map.of("discount", "50"), KOLKATA))
                .isEqualTo("Hi {{discount}} {{first_name}}, 50% off");
    }

    @Test
    void line_breaks_and_control_characters_in_values_become_spaces() {
        // A name or a city cannot hold them, but an attribute's text may span lines and variables come as they are.
        Customer sly = customer(new Profile(
                Optional.of("Asha"),
                Optional.empty(),
                Optional.of("Pune"),
                Set.of(),
                Map.of("plan", new AttributeValue.Text("Gold\tPlus\r\nBcc: all@example.com"))));

        assertThat(template("{{name}}|{{city}}|{{attr.plan}}|{{code}}|{{discount|x\ny}}")
                        .render(sly, Map.of("code", "A\nB\u2028C\u0085D\u0000"), KOLKATA))
                .isEqualTo("Asha|Pune|Gold Plus  Bcc: all@example.com|A B C D |x y");
    }

    @Test
    void the_templates_own_text_keeps_its_lines_and_braces() {
        MessageTemplate template = template("Hi {{first_name}},\n{ not a placeholder } }} {\n");

        assertThat(template.render(asha(), Map.of(), KOLKATA)).isEqualTo("Hi Asha,\n{ not a placeholder } }} {\n");
        assertThat(template.text()).isEqualTo("Hi {{first_name}},\n{ not a placeholder } }} {\n");
    }

    @Test
    void the_same_text_parses_to_equal_templates() {
        assertThat(template("Hi {{first_name}}"))
                .isEqualTo(template("Hi {{first_name}}"))
                .hasSameHashCodeAs(template("Hi {{first_name}}"))
                .isNotEqualTo(template("Hi {{name}}"));
    }
}

package io.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleEvaluator;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private final RuleEvaluator evaluator =
            new RuleEvaluator(FieldCatalogue.standard(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static Customer customer(Optional<String> phone) {
        Profile profile = new Profile(
                Profile.EMPTY.name(), phone, Profile.EMPTY.city(), Profile.EMPTY.tags(), Profile.EMPTY.attributes());
        return Customer.register(
                WorkspaceId.DEFAULT,
                new CustomerId("c1"),
                new Email("asha@example.com"),
                profile,
                Currency.getInstance("INR"),
                NOW);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void the_unreachable_rule_selects_exactly_the_customers_without_an_address(Channel channel) {
        for (Customer customer : new Customer[] {customer(Optional.empty()), customer(Optional.of("+919800000001"))}) {
            boolean unreachable = channel.unreachable()
                    .map(rule -> evaluator.matches(rule, customer).get())
                    .orElse(false);
            assertThat(unreachable).isEqualTo(channel.addressOf(customer).isEmpty());
        }
    }

    @Test
    void an_sms_cannot_reach_a_customer_without_a_phone() {
        assertThat(Channel.SMS.addressOf(customer(Optional.empty()))).isEmpty();
        assertThat(Channel.EMAIL.unreachable()).isEmpty();
    }
}

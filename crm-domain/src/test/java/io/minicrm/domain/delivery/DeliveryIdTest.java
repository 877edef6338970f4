package io.minicrm.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DeliveryIdTest {

    private static DeliveryId of(String campaign, String customer) {
        return DeliveryId.of(new CampaignId(campaign), new CustomerId(customer));
    }

    @Test
    void the_same_campaign_and_customer_always_give_the_same_delivery() {
        assertThat(of("spring-sale", "c42"))
                .isEqualTo(of("spring-sale", "c42"))
                .isEqualTo(new DeliveryId("spring-sale:c42"));
    }

    @Test
    void ids_holding_the_separator_never_collide() {
        assertThat(of("a:b", "c")).isNotEqualTo(of("a", "b:c"));
        assertThat(of("a:", "b")).isNotEqualTo(of("a%3A", "b"));
        assertThat(of("a:b", "c").value()).isEqualTo("a%3Ab:c");
        assertThat(of("a%3A", "b").value()).isEqualTo("a%253A:b");
    }

    @Test
    void an_id_is_of_exactly_the_pair_that_gives_it_whatever_separators_and_escapes_the_pair_holds() {
        // Parts of a few characters, the separator and the escape among them, each pair set beside its near misses.
        Gen<String> parts = strings()
                .betweenCodePoints('0', '4')
                .ofLengthBetween(1, 6)
                .map(part -> part.replace('0', ':')
                        .replace('1', '%')
                        .replace('2', 'A')
                        .replace('3', '5'));

        qt().withFixedSeed(20261125L).withExamples(5_000).forAll(parts, parts).checkAssert((campaign, customer) -> {
            DeliveryId id = of(campaign, customer);
            assertThat(id.isOf(new CampaignId(campaign), new CustomerId(customer)))
                    .isTrue();
            assertThat(id.campaign()).contains(new CampaignId(campaign));
            List<List<String>> nearMisses = new ArrayList<>(List.of(
                    List.of(swapped(campaign), customer),
                    List.of(campaign, swapped(customer)),
                    List.of(campaign + customer.charAt(0), customer.substring(1)),
                    List.of(
                            campaign.substring(0, campaign.length() - 1),
                            campaign.charAt(campaign.length() - 1) + customer),
                    List.of(campaign + ":" + customer, "x"),
                    List.of(campaign, customer + "%")));
            for (List<String> pair : nearMisses) {
                if (!pair.get(0).isEmpty() && !pair.get(1).isEmpty()) {
                    CampaignId otherCampaign = new CampaignId(pair.get(0));
                    CustomerId otherCustomer = new CustomerId(pair.get(1));
                    assertThat(id.isOf(otherCampaign, otherCustomer))
                            .as("%s of %s", id, pair)
                            .isEqualTo(id.equals(DeliveryId.of(otherCampaign, otherCustomer)));
                }
            }
            assertThat(new DeliveryId(campaign + ":" + customer)
                            .isOf(new CampaignId(campaign), new CustomerId(customer)))
                    .isEqualTo(id.value().equals(campaign + ":" + customer));
        });
    }

    @Test
    void an_id_not_given_by_a_campaign_and_customer_names_no_campaign() {
        assertThat(new DeliveryId("no-separator").campaign()).isEmpty();
        assertThat(new DeliveryId(":c42").campaign()).isEmpty();
        assertThat(new DeliveryId("a%:c42").campaign()).isEmpty();
        assertThat(new DeliveryId("a%3A%25:c42").campaign()).isEqualTo(Optional.of(new CampaignId("a:%")));
    }

    private static String swapped(String part) {
        return part.replace(':', '\u0000').replace('%', ':').replace('\u0000', '%');
    }
}

package io.minicrm.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;

class DeliveryIdTest {

    private static DeliveryId of(String campaign, String customer) {
        return DeliveryId.of(new CampaignId(campaign), new CustomerId(customer));
    }

    @Test
    void the_same_campaign_and_customer_always_give_the_same_delivery() {
        assertThat(of("spring-sale", "c42")).isEqualTo(of("spring-sale", "c42"))
                .isEqualTo(new DeliveryId("spring-sale:c42"));
    }

    @Test
    void ids_holding_the_separator_never_collide() {
        assertThat(of("a:b", "c")).isNotEqualTo(of("a", "b:c"));
        assertThat(of("a:", "b")).isNotEqualTo(of("a%3A", "b"));
        assertThat(of("a:b", "c").value()).isEqualTo("a%3Ab:c");
        assertThat(of("a%3A", "b").value()).isEqualTo("a%253A:b");
    }
}

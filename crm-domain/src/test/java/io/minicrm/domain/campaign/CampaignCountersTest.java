package io.minicrm.domain.campaign;

import static io.minicrm.domain.delivery.DeliveryStatus.DELIVERED;
import static io.minicrm.domain.delivery.DeliveryStatus.FAILED;
import static io.minicrm.domain.delivery.DeliveryStatus.PENDING;
import static io.minicrm.domain.delivery.DeliveryStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CampaignCountersTest {

    @Test
    void each_delivery_is_counted_in_exactly_one_status_through_a_sequence_of_moves() {
        CampaignCounters counters = CampaignCounters.NONE.audienceAdded(5);
        assertThat(counters).isEqualTo(new CampaignCounters(5, 5, 0, 0, 0));

        counters = counters.moved(PENDING, SENT).moved(PENDING, SENT).moved(PENDING, SENT);
        assertThat(counters).isEqualTo(new CampaignCounters(5, 2, 3, 0, 0));

        counters = counters.moved(SENT, DELIVERED).moved(PENDING, FAILED);
        assertThat(counters).isEqualTo(new CampaignCounters(5, 1, 2, 1, 1));

        counters = counters.moved(SENT, FAILED).moved(PENDING, DELIVERED).audienceAdded(2);
        assertThat(counters).isEqualTo(new CampaignCounters(7, 2, 1, 2, 2));
    }

    @Test
    void the_success_rate_is_the_share_of_settled_deliveries_that_did_not_fail() {
        assertThat(new CampaignCounters(10, 2, 4, 2, 2).successRate()).hasValue(0.75);
        assertThat(new CampaignCounters(3, 0, 0, 0, 3).successRate()).hasValue(0.0);
    }

    @Test
    void there_is_no_success_rate_while_nothing_has_left_the_queue() {
        assertThat(CampaignCounters.NONE.successRate()).isEmpty();
        assertThat(CampaignCounters.NONE.audienceAdded(4).successRate()).isEmpty();
    }

    @Test
    void a_move_backwards_or_from_an_empty_status_is_a_bug() {
        CampaignCounters counters = new CampaignCounters(2, 1, 1, 0, 0);

        assertThatThrownBy(() -> counters.moved(SENT, PENDING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counters.moved(DELIVERED, FAILED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counters.moved(FAILED, FAILED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counters.audienceAdded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_statuses_must_add_up_to_the_audience() {
        assertThatThrownBy(() -> new CampaignCounters(3, 1, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignCounters(0, 1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skipped_and_suppressed_customers_are_part_of_the_audience_and_no_move_changes_them() {
        CampaignCounters counters = new CampaignCounters(6, 3, 0, 0, 0, 2, 1);

        CampaignCounters moved = counters.moved(PENDING, SENT).audienceAdded(1);

        assertThat(moved).isEqualTo(new CampaignCounters(7, 3, 1, 0, 0, 2, 1));
        assertThatThrownBy(() -> new CampaignCounters(6, 3, 0, 0, 0, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(counters.successRate()).isEmpty();
    }
}

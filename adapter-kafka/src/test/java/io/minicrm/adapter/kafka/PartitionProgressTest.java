package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class PartitionProgressTest {

    @Test
    void the_commit_point_stays_at_the_lowest_record_out_until_it_is_acknowledged() {
        PartitionProgress progress = new PartitionProgress();
        for (long offset = 10; offset < 15; offset++) {
            progress.handedOut(offset, 1);
        }

        progress.acknowledged(12);
        progress.acknowledged(11);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(10));
        assertThat(progress.inFlight()).isEqualTo(3);

        progress.acknowledged(10);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(13));
        progress.acknowledged(14);
        progress.acknowledged(13);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(15));
        assertThat(progress.inFlight()).isZero();
    }

    @Test
    void thousands_out_with_gaps_between_offsets_and_acknowledged_out_of_order_commit_exactly_what_is_done() {
        PartitionProgress progress = new PartitionProgress();
        for (long offset = 0; offset < 3_000; offset++) {
            progress.handedOut(offset * 2, 1);
        }
        // Every record but the 1,000th comes back, the later ones first.
        for (long offset = 2_999; offset >= 0; offset--) {
            if (offset != 999) {
                progress.acknowledged(offset * 2);
            }
        }
        progress.acknowledged(999 * 2 + 1);
        progress.acknowledged(4);

        assertThat(progress.inFlight()).isOne();
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(999 * 2));
        progress.acknowledged(999 * 2);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(2_999 * 2 + 1));
    }

    @Test
    void an_offset_committed_is_not_offered_again() {
        PartitionProgress progress = new PartitionProgress();
        progress.handedOut(7, 1);
        progress.acknowledged(7);
        progress.committed(8);

        assertThat(progress.committable()).isEmpty();
        progress.handedOut(8, 1);
        progress.acknowledged(8);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(9));
    }

    @Test
    void what_is_in_flight_counts_the_items_records_carry_until_each_record_is_done() {
        PartitionProgress progress = new PartitionProgress();
        progress.handedOut(0, 500);
        progress.handedOut(1, 1);
        progress.handedOut(2, 250);

        progress.acknowledged(2);
        assertThat(progress.inFlight()).isEqualTo(501);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(0));
        progress.acknowledged(0);
        assertThat(progress.inFlight()).isOne();
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void items_stay_with_their_records_when_the_ring_grows() {
        PartitionProgress progress = new PartitionProgress();
        for (long offset = 0; offset < 100; offset++) {
            progress.handedOut(offset, (int) offset + 1);
            if (offset < 40) {
                progress.acknowledged(offset);
            }
        }
        // Records 40 to 99 are out, carrying 41 to 100 items each.
        assertThat(progress.inFlight()).isEqualTo((41 + 100) * 60 / 2);
        for (long offset = 40; offset < 99; offset++) {
            progress.acknowledged(offset);
        }
        assertThat(progress.inFlight()).isEqualTo(100);
    }
}

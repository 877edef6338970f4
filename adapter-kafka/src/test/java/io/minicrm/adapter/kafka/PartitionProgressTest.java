package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class PartitionProgressTest {

    @Test
    void the_commit_point_stays_at_the_lowest_record_out_until_it_is_acknowledged() {
        PartitionProgress progress = new PartitionProgress();
        for (long offset = 10; offset < 15; offset++) {
            progress.handedOut(offset);
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
            progress.handedOut(offset * 2);
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
        progress.handedOut(7);
        progress.acknowledged(7);
        progress.committed(8);

        assertThat(progress.committable()).isEmpty();
        progress.handedOut(8);
        progress.acknowledged(8);
        assertThat(progress.committable()).isEqualTo(OptionalLong.of(9));
    }
}

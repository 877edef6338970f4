package io.minicrm.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING, PENDING, false", "PENDING, SENT, true", "PENDING, DELIVERED, true", "PENDING, FAILED, true",
        "SENT, PENDING, false", "SENT, SENT, false", "SENT, DELIVERED, true", "SENT, FAILED, true",
        "DELIVERED, PENDING, false", "DELIVERED, SENT, false", "DELIVERED, DELIVERED, false",
                "DELIVERED, FAILED, false",
        "FAILED, PENDING, false", "FAILED, SENT, false", "FAILED, DELIVERED, false", "FAILED, FAILED, false",
        "PENDING, SKIPPED, false", "PENDING, SUPPRESSED, false", "SKIPPED, SENT, false", "SUPPRESSED, SENT, false",
        "SKIPPED, FAILED, false", "SUPPRESSED, DELIVERED, false"
    })
    void a_status_only_moves_forward(DeliveryStatus from, DeliveryStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}

package io.minicrm.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem.Violation;
import org.junit.jupiter.api.Test;

class ReceiptLimitsTest {

    private static final DeliveryId DELIVERY = DeliveryId.of(new CampaignId("sale"), new CustomerId("c1"));

    @Test
    void a_vendor_receipt_keeps_to_the_limits_of_stored_text_and_dates() {
        Receipt hostile = new Receipt(
                DELIVERY,
                DeliveryStatus.FAILED,
                Optional.of("v".repeat(201)),
                Optional.of("bounced\u0000"),
                Instant.parse("-999999999-01-01T00:00:00Z"));

        assertThat(hostile.beyondLimits("receipts[2]"))
                .containsExactly(
                        new Violation("receipts[2].vendorId", "a vendor's id has at most 200 characters"),
                        new Violation(
                                "receipts[2].reason",
                                "a failure reason has no control characters other than tabs and line breaks"),
                        new Violation("receipts[2].occurredAt", DateLimits.RULE));
        assertThat(new Receipt(
                                DELIVERY,
                                DeliveryStatus.FAILED,
                                Optional.of("vendor-1"),
                                Optional.of("mailbox full\nretry later"),
                                Instant.parse("2026-11-24T06:00:00Z"))
                        .beyondLimits("receipts[0]"))
                .isEmpty();
    }
}

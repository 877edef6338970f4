package io.minicrm.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

    private static final CustomerId ASHA = new CustomerId("asha");
    private static final DeliveryRequest REQUEST =
            new DeliveryRequest(WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId("sale"), ASHA), ASHA);

    @Test
    void a_delivery_request_takes_a_few_dozen_bytes_beginning_with_the_version() {
        byte[] value = RecordFormat.deliveryRequest(REQUEST);

        assertThat(value[0]).isEqualTo((byte) 1);
        assertThat(value).hasSizeLessThan(48);
        assertThat(RecordFormat.deliveryRequest(value)).isEqualTo(REQUEST);
    }

    @Test
    void receipts_keep_their_order_their_optional_fields_and_their_instants_to_the_nanosecond() {
        List<Receipt> receipts = List.of(
                new Receipt(
                        REQUEST.delivery(),
                        DeliveryStatus.FAILED,
                        Optional.empty(),
                        Optional.of("bounced"),
                        Instant.parse("2026-11-24T06:30:00.000000001Z")),
                new Receipt(
                        DeliveryId.of(new CampaignId("sale"), new CustomerId("ravi")),
                        DeliveryStatus.SENT,
                        Optional.of("vendor-7"),
                        Optional.empty(),
                        Instant.EPOCH));

        byte[] value = RecordFormat.receipts(receipts);

        assertThat(value[0]).isEqualTo((byte) 2);
        assertThat(RecordFormat.receipts(value)).isEqualTo(receipts);
    }

    @Test
    void a_single_receipt_of_version_1_left_on_the_topic_by_an_earlier_node_is_still_read() {
        Receipt receipt = new Receipt(
                REQUEST.delivery(),
                DeliveryStatus.DELIVERED,
                Optional.of("vendor-1"),
                Optional.empty(),
                Instant.parse("2026-11-24T06:30:00Z"));
        byte[] batchOfOne = RecordFormat.receipts(List.of(receipt));
        // Version 1 wrote the receipt's fields right after the version, with no count.
        byte[] versionOne = new byte[batchOfOne.length - 4];
        versionOne[0] = 1;
        System.arraycopy(batchOfOne, 5, versionOne, 1, versionOne.length - 1);

        assertThat(RecordFormat.receipts(versionOne)).containsExactly(receipt);
    }

    @Test
    void a_receipts_record_claiming_no_receipts_or_more_than_it_holds_is_refused() {
        byte[] value = RecordFormat.receipts(List.of(new Receipt(
                REQUEST.delivery(), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), Instant.EPOCH)));
        byte[] none = value.clone();
        none[4] = 0;
        byte[] many = value.clone();
        many[3] = 1;

        assertThatThrownBy(() -> RecordFormat.receipts(none)).hasMessage("a receipts record cannot carry 0 receipts");
        assertThatThrownBy(() -> RecordFormat.receipts(many)).hasMessage("a receipts record cannot carry 257 receipts");
        assertThatThrownBy(() -> RecordFormat.receipts(List.of()))
                .hasMessage("a receipts record carries at least one receipt");
        byte[] later = value.clone();
        later[0] = 3;
        assertThatThrownBy(() -> RecordFormat.receipts(later))
                .hasMessage("format version 3 is not known; this reader knows 1 to 2");
    }

    @Test
    void a_value_of_another_version_a_truncated_value_or_trailing_bytes_are_refused_saying_why() {
        byte[] value = RecordFormat.dispatchRequest(new DispatchRequest(WorkspaceId.DEFAULT, new CampaignId("sale")));
        byte[] later = value.clone();
        later[0] = 2;

        assertThatThrownBy(() -> RecordFormat.dispatchRequest(later))
                .hasMessage("format version 2 is not known; this reader knows 1");
        assertThatThrownBy(() -> RecordFormat.dispatchRequest(Arrays.copyOf(value, value.length - 1)))
                .hasMessageContaining("does not fit in the value");
        assertThatThrownBy(() -> RecordFormat.dispatchRequest(Arrays.copyOf(value, value.length + 2)))
                .hasMessage("2 bytes past the end of the value");
        assertThatThrownBy(() -> RecordFormat.dispatchRequest(new byte[0])).hasMessage("the record has no value");
    }

    @Test
    void the_dead_letter_topic_tells_requests_and_receipts_set_aside_from_unreadable_records_set_aside() {
        DeadLetter letter = new DeadLetter(REQUEST, new CampaignId("sale"), "channel unreachable", Instant.EPOCH);

        DeadLetter receiptAside = new DeadLetter(
                REQUEST,
                new CampaignId("sale"),
                "writing its receipt failed",
                Instant.EPOCH,
                Optional.of(new Receipt(
                        REQUEST.delivery(),
                        DeliveryStatus.SENT,
                        Optional.of("v-1"),
                        Optional.empty(),
                        Instant.parse("2026-11-24T06:30:00.5Z"))));

        assertThat(RecordFormat.deadLetter(RecordFormat.deadLetter(letter))).contains(letter);
        assertThat(RecordFormat.deadLetter(letter)[1]).isEqualTo(RecordFormat.DEAD_LETTER);
        assertThat(RecordFormat.deadLetter(RecordFormat.deadLetter(receiptAside)))
                .contains(receiptAside);
        assertThat(RecordFormat.deadLetter(receiptAside)[1]).isEqualTo(RecordFormat.DEAD_RECEIPT);
        assertThat(RecordFormat.deadLetter(
                        RecordFormat.unreadable("campaigns.delivery", 3, 42L, "bad", new byte[] {7, 7})))
                .isEmpty();
    }
}

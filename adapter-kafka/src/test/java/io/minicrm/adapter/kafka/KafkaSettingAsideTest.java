package io.minicrm.adapter.kafka;

import static io.minicrm.adapter.kafka.KafkaPipelineRig.PATIENCE;
import static io.minicrm.adapter.kafka.KafkaPipelineRig.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.minicrm.application.contract.PoisonedDeliveryStore;
import io.minicrm.application.port.in.DeadLetterReport;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.service.DeliveryService;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work the pipeline cannot do, set aside on a real broker: the partitions behind it move on. */
class KafkaSettingAsideTest {

    private static final int RECIPIENTS = 2_000;
    private static final CampaignId SALE = new CampaignId("spring-sale");

    private KafkaPipelineRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void
            a_delivery_request_and_a_receipt_that_fail_on_every_try_are_set_aside_and_their_partitions_are_committed_past_them() {
        rig = new KafkaPipelineRig(RECIPIENTS);
        DeliveryId unsendable = DeliveryId.of(SALE, new CustomerId("c000500"));
        DeliveryId unwritable = DeliveryId.of(SALE, new CustomerId("c001500"));
        PoisonedDeliveryStore store = new PoisonedDeliveryStore(rig.deliveries)
                .failingSends(unsendable)
                .failingReceipts(unwritable);
        Deliveries deliveries = new DeliveryService(store, rig.campaigns, rig.node());
        rig.dispatcher();
        rig.sender(rig.vendor, store);
        rig.receiptWriter(store);

        Campaign campaign = rig.requested(SALE.value());

        eventually(() -> deadLetters(deliveries).count() == 2);
        assertThat(deadLetters(deliveries).reasons())
                .isEqualTo(Map.of(
                        "sending failed: IllegalStateException: delivery " + unsendable + " cannot be read", 1L,
                        "writing its receipt failed: IllegalArgumentException: the receipt of delivery " + unwritable
                                        + " cannot be stored",
                                1L));
        KafkaQueueSettings queue = rig.queueSettings;
        TopicRecords.Position request = TopicRecords.find(
                queue,
                queue.topics().delivery(),
                value -> RecordFormat.deliveryRequest(value).delivery().equals(unsendable));
        TopicRecords.Position receipts = TopicRecords.find(
                queue,
                queue.topics().receipts(),
                value -> RecordFormat.receipts(value).stream()
                        .anyMatch(receipt -> receipt.delivery().equals(unwritable)));
        ConsumerGroups.awaitCommittedPast(queue, "sender", request.partition(), request.offset());
        ConsumerGroups.awaitCommittedPast(queue, "receipt-writer", receipts.partition(), receipts.offset());
        // Everyone else settled and counted; the two set aside wait, pending, for a re-drive.
        eventually(() -> rig.current(campaign).counters().pending() == 2
                && rig.current(campaign).counters().equals(rig.recount(campaign)));
        assertThat(rig.current(campaign).status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(rig.deliveries(campaign, DeliveryStatus.PENDING))
                .extracting(Delivery::id)
                .containsExactlyInAnyOrder(unsendable, unwritable);
        assertThat(rig.vendor.ledger())
                .hasSize(RECIPIENTS - 1)
                .containsKey(unwritable)
                .doesNotContainKey(unsendable);

        store.heal();
        assertThat(deliveries
                        .redriveDeadLetters(campaign.workspace(), campaign.id())
                        .block(PATIENCE))
                .isEqualTo(2);

        rig.completed(campaign);
        rig.assertEachRecipientOnceAndExactCounters(campaign);
        eventually(() -> deadLetters(deliveries).count() == 0);
    }

    private static DeadLetterReport deadLetters(Deliveries deliveries) {
        return deliveries.deadLetters(WorkspaceId.DEFAULT, SALE).block(PATIENCE);
    }
}

package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiptWriterTest {

    private final PipelineRig rig = new PipelineRig(1_000, vendor(0, Duration.ZERO));

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private Receipt receipt(Delivery delivery, DeliveryStatus status) {
        return new Receipt(
                delivery.id(),
                status,
                Optional.of("v-" + delivery.customer()),
                Optional.empty(),
                rig.crm.clock().instant());
    }

    private void report(Receipt... receipts) {
        rig.queue.reportReceipts(List.of(receipts)).block(PATIENCE);
        rig.awaitIdle();
    }

    private void startWriter() {
        rig.run(new ReceiptWriter(rig.ports(), rig.crm, quick(100)).start());
    }

    @Test
    void a_repeated_or_late_receipt_moves_no_delivery_and_counts_nothing() {
        rig.register(3);
        Campaign campaign = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        List<Delivery> pending = rig.insertPending(campaign, rig.registered);
        startWriter();

        report(receipt(pending.get(0), DeliveryStatus.SENT), receipt(pending.get(1), DeliveryStatus.FAILED));
        report(
                receipt(pending.get(0), DeliveryStatus.SENT),
                receipt(pending.get(1), DeliveryStatus.FAILED),
                receipt(pending.get(1), DeliveryStatus.DELIVERED),
                receipt(pending.get(0), DeliveryStatus.SENT));

        assertThat(rig.current(campaign).counters())
                .isEqualTo(new CampaignCounters(3, 1, 1, 0, 1))
                .isEqualTo(rig.recount(campaign));
        List<DeliveryBatch> told = rig.published(DeliveryBatch.class);
        assertThat(told.stream().mapToLong(DeliveryBatch::movedToSent).sum()).isEqualTo(1);
        assertThat(told.stream().mapToLong(DeliveryBatch::movedToFailed).sum()).isEqualTo(1);
        assertThat(told.stream().mapToLong(DeliveryBatch::movedToDelivered).sum())
                .isZero();
        assertThat(told.getLast().campaign().counters())
                .isEqualTo(rig.current(campaign).counters());
    }

    @Test
    void a_batch_of_receipts_is_told_once_per_campaign_with_its_moves_and_the_counters_it_left() {
        rig.register(4);
        Campaign sale = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        Campaign launch = rig.dispatching(rig.queued("launch", Channel.EMAIL));
        List<Delivery> toSale = rig.insertPending(sale, rig.registered);
        List<Delivery> toLaunch = rig.insertPending(launch, rig.registered.subList(0, 1));
        // Batches of exactly four receipts, so that the four below are written together however slow the machine.
        rig.run(new ReceiptWriter(
                        rig.ports(),
                        rig.crm,
                        new PipelineSettings(
                                100,
                                4,
                                2,
                                16,
                                3,
                                Duration.ofMillis(2),
                                4,
                                Duration.ofMinutes(1),
                                Duration.ofSeconds(30)))
                .start());

        report(
                receipt(toSale.get(0), DeliveryStatus.SENT),
                receipt(toSale.get(1), DeliveryStatus.SENT),
                receipt(toSale.get(2), DeliveryStatus.FAILED),
                receipt(toLaunch.get(0), DeliveryStatus.DELIVERED));

        List<DeliveryBatch> told = rig.published(DeliveryBatch.class);
        assertThat(told)
                .extracting(
                        batch -> batch.campaign().id(),
                        DeliveryBatch::created,
                        DeliveryBatch::movedToSent,
                        DeliveryBatch::movedToDelivered,
                        DeliveryBatch::movedToFailed)
                .containsExactlyInAnyOrder(tuple(sale.id(), 0L, 2L, 0L, 1L), tuple(launch.id(), 0L, 0L, 1L, 0L));
        assertThat(told)
                .allSatisfy(batch -> assertThat(batch.campaign().counters())
                        .isEqualTo(rig.current(batch.campaign()).counters()));
        assertThat(rig.current(sale).counters()).isEqualTo(new CampaignCounters(4, 1, 2, 0, 1));
    }

    @Test
    void a_campaign_is_not_completed_while_its_deliveries_are_still_being_created() {
        rig.register(1);
        Campaign campaign = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        Delivery only = rig.insertPending(campaign, rig.registered).getFirst();
        startWriter();

        report(receipt(only, DeliveryStatus.SENT));

        assertThat(rig.current(campaign).counters().pending()).isZero();
        assertThat(rig.current(campaign).status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(rig.published(CampaignCompleted.class)).isEmpty();

        rig.run(new Dispatcher(rig.ports(), rig.crm, quick(100)).start());
        rig.requestDispatch(campaign);

        Campaign completed = rig.await(campaign, current -> current.status() == CampaignStatus.COMPLETED);
        assertThat(completed.dispatchedAt()).isPresent();
        assertThat(completed.counters()).isEqualTo(new CampaignCounters(1, 0, 1, 0, 0));
        assertThat(rig.published(CampaignCompleted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.campaign().status()).isEqualTo(CampaignStatus.COMPLETED));
    }

    @Test
    void the_receipt_that_settles_a_dispatched_campaign_completes_it() {
        rig.register(2);
        Campaign campaign = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        List<Delivery> pending = rig.insertPending(campaign, rig.registered);
        rig.campaigns
                .transition(
                        rig.current(campaign)
                                .finishDispatch(rig.crm.clock().instant())
                                .get(),
                        CampaignStatus.DISPATCHING)
                .block(PATIENCE);
        startWriter();

        report(receipt(pending.get(0), DeliveryStatus.SENT));
        assertThat(rig.current(campaign).status()).isEqualTo(CampaignStatus.DISPATCHING);
        report(receipt(pending.get(1), DeliveryStatus.FAILED));

        assertThat(rig.current(campaign).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(rig.current(campaign).counters()).isEqualTo(new CampaignCounters(2, 0, 1, 0, 1));
        assertThat(rig.published(CampaignCompleted.class)).hasSize(1);
    }
}

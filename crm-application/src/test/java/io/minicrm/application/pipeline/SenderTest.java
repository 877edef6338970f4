package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;

class SenderTest {

    private PipelineRig rig;

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static boolean completed(Campaign campaign) {
        return campaign.status() == CampaignStatus.COMPLETED;
    }

    private void request(Delivery delivery) {
        rig.queue.requestDeliveries(List.of(new DeliveryRequest(delivery.workspace(), delivery.id(), delivery.customer())))
                .block(PATIENCE);
    }

    @Test
    void a_channel_that_cannot_be_reached_is_tried_again_then_the_delivery_fails_with_the_reason() {
        rig = new PipelineRig(1_000, vendor(1, Duration.ZERO));
        rig.register(20);
        // Requested by the pipeline as it starts, and only so, so that each delivery is tried by one sender.
        Campaign campaign = rig.queued("sale", Channel.EMAIL);

        rig.start(quick(100));

        Campaign completed = rig.await(campaign, SenderTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.deliveries(campaign, DeliveryStatus.FAILED)).hasSize(20).allSatisfy(delivery -> {
            assertThat(delivery.attempts()).isEqualTo(3);
            assertThat(delivery.failureReason())
                    .contains("channel unreachable after 3 tries: the simulated vendor cannot be reached");
        });
        assertThat(rig.vendor.ledger()).isEmpty();
    }

    @Test
    void a_channel_reached_on_a_later_try_sends_the_message_once() {
        rig = new PipelineRig(1_000, vendor(0.5, Duration.ZERO));
        rig.register(200);
        Campaign campaign = rig.requested("sale");

        rig.start(quick(100));

        Campaign completed = rig.await(campaign, SenderTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.deliveries(campaign, DeliveryStatus.SENT))
                .anySatisfy(delivery -> assertThat(delivery.attempts()).isGreaterThan(1));
        assertThat(rig.vendor.messagesPerRecipient().values()).containsOnly(1L);
        assertThat(rig.vendor.ledger()).hasSizeGreaterThan(150);
    }

    @Test
    void a_delivery_of_a_cancelled_campaign_fails_without_being_sent() {
        rig = new PipelineRig(1_000, vendor(0, Duration.ZERO));
        rig.register(1);
        Campaign campaign = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        Delivery pending = rig.insertPending(campaign, rig.registered).getFirst();
        rig.campaigns.transition(rig.current(campaign).cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);
        rig.run(new Sender(rig.ports(), rig.crm, quick(100)).start());
        rig.run(new ReceiptWriter(rig.ports(), rig.crm, quick(100)).start());

        request(pending);
        rig.awaitIdle();

        assertThat(rig.deliveries(campaign, DeliveryStatus.FAILED)).singleElement()
                .satisfies(failed -> assertThat(failed.failureReason()).contains("campaign cancelled before sending"));
        assertThat(rig.current(campaign).counters().failed()).isEqualTo(1);
        assertThat(rig.vendor.ledger()).isEmpty();
    }

    @Test
    void a_request_for_a_delivery_no_longer_pending_changes_nothing_even_once_its_campaign_is_cancelled() {
        rig = new PipelineRig(1_000, vendor(0, Duration.ZERO));
        rig.register(1);
        Campaign campaign = rig.dispatching(rig.queued("sale", Channel.EMAIL));
        Delivery pending = rig.insertPending(campaign, rig.registered).getFirst();
        rig.run(new Sender(rig.ports(), rig.crm, quick(100)).start());
        rig.run(new ReceiptWriter(rig.ports(), rig.crm, quick(100)).start());
        request(pending);
        rig.awaitIdle();
        Delivery sent = rig.deliveries.findById(pending.id()).block(PATIENCE);
        rig.campaigns.transition(rig.current(campaign).cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);

        request(pending);
        rig.awaitIdle();

        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(rig.deliveries.findById(pending.id()).block(PATIENCE)).isEqualTo(sent);
        assertThat(rig.vendor.ledger()).hasSize(1);
    }
}

package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SenderTest {

    private PipelineRig rig;

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static boolean completed(Campaign campaign) {
        return campaign.status() == CampaignStatus.COMPLETED;
    }

    private List<DeadLetter> deadLetters(Campaign campaign) {
        return rig.queue
                .deadLetters(campaign.workspace(), campaign.id())
                .collectList()
                .block(PATIENCE);
    }

    private void request(Delivery delivery) {
        rig.queue
                .requestDeliveries(
                        List.of(new DeliveryRequest(delivery.workspace(), delivery.id(), delivery.customer())))
                .block(PATIENCE);
    }

    @Test
    void a_delivery_whose_channel_stays_unreachable_is_set_aside_pending_and_sent_once_when_redriven() {
        rig = new PipelineRig(1_000, vendor(0, Duration.ZERO));
        rig.register(20);
        AtomicBoolean down = new AtomicBoolean(true);
        // Requested by the pipeline as it starts, and only so, so that each delivery is tried by one sender.
        Campaign campaign = rig.queued("sale", Channel.EMAIL);
        rig.start(
                quick(100),
                delivery -> down.get()
                        ? Mono.error(new IllegalStateException("the vendor is down"))
                        : rig.vendor.send(delivery));

        PipelineRig.eventually(() -> deadLetters(campaign).size() == 20);
        rig.awaitIdle();

        assertThat(deadLetters(campaign))
                .extracting(DeadLetter::reason)
                .containsOnly("channel unreachable after 3 tries: the vendor is down");
        assertThat(rig.deliveries(campaign, DeliveryStatus.PENDING))
                .hasSize(20)
                .allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(3));
        assertThat(rig.current(campaign).status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(rig.vendor.ledger()).isEmpty();

        down.set(false);
        assertThat(rig.queue.redrive(campaign.workspace(), campaign.id()).block(PATIENCE))
                .isEqualTo(20);

        Campaign completed = rig.await(campaign, SenderTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(completed.counters().pending()).isZero();
        assertThat(rig.vendor.ledger()).hasSize(20);
        assertThat(rig.vendor.messagesPerRecipient().values()).containsOnly(1L);
        assertThat(deadLetters(campaign)).isEmpty();
    }

    @Test
    void dead_letters_of_a_cancelled_campaign_fail_unsent_once_redriven_and_the_campaign_settles() {
        rig = new PipelineRig(1_000, vendor(1, Duration.ZERO));
        rig.register(20);
        Campaign campaign = rig.queued("sale", Channel.EMAIL);
        rig.start(quick(100));
        PipelineRig.eventually(() -> deadLetters(campaign).size() == 20);

        rig.campaigns
                .transition(
                        rig.current(campaign).cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);
        rig.queue.redrive(campaign.workspace(), campaign.id()).block(PATIENCE);
        rig.awaitIdle();

        Campaign settled = rig.current(campaign);
        assertThat(settled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(settled.counters()).isEqualTo(rig.recount(campaign));
        assertThat(settled.counters().failed()).isEqualTo(20);
        assertThat(rig.deliveries(campaign, DeliveryStatus.FAILED))
                .allSatisfy(failed -> assertThat(failed.failureReason()).contains("campaign cancelled before sending"));
        assertThat(rig.vendor.ledger()).isEmpty();
    }

    @Test
    void a_channel_reached_on_a_later_try_sends_the_message_once() {
        rig = new PipelineRig(1_000, vendor(0.5, Duration.ZERO));
        rig.register(200);
        Campaign campaign = rig.requested("sale");

        // Twenty tries: the vendor, unreachable half the time, answers every delivery in the end.
        rig.start(new PipelineSettings(
                100, 4, 2, 16, 20, Duration.ofMillis(1), 200, Duration.ofMillis(10), Duration.ofSeconds(30)));

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
        rig.campaigns
                .transition(
                        rig.current(campaign).cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);
        rig.run(new Sender(rig.ports(), rig.crm, quick(100)).start());
        rig.run(new ReceiptWriter(rig.ports(), rig.crm, quick(100)).start());

        request(pending);
        rig.awaitIdle();

        assertThat(rig.deliveries(campaign, DeliveryStatus.FAILED))
                .singleElement()
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
        rig.campaigns
                .transition(
                        rig.current(campaign).cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PATIENCE);

        request(pending);
        rig.awaitIdle();

        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(rig.deliveries.findById(pending.id()).block(PATIENCE)).isEqualTo(sent);
        assertThat(rig.vendor.ledger()).hasSize(1);
    }
}

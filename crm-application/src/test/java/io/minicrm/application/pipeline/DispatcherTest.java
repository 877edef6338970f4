package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.DeliveryStatus;

class DispatcherTest {

    private final PipelineRig rig = new PipelineRig(10_000, vendor(0, Duration.ZERO));

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static boolean completed(Campaign campaign) {
        return campaign.status() == CampaignStatus.COMPLETED;
    }

    private void startDispatcher() {
        rig.run(new Dispatcher(rig.ports(), rig.crm, quick(100)).start());
    }

    @Test
    void a_dispatch_request_handed_out_again_creates_and_counts_each_delivery_once() {
        rig.register(500);
        Campaign campaign = rig.requested("sale");
        rig.requestDispatch(campaign);
        startDispatcher();

        // Both requests acknowledged: the first created 500 deliveries, the second asked again for the pending ones.
        PipelineRig.eventually(() -> rig.queue.backlog() == 1_000);

        Campaign dispatched = rig.current(campaign);
        assertThat(dispatched.status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(dispatched.dispatchedAt()).isPresent();
        assertThat(dispatched.counters()).isEqualTo(new CampaignCounters(500, 500, 0, 0, 0)).isEqualTo(rig.recount(campaign));
        rig.start(quick(100));
        Campaign completed = rig.await(campaign, DispatcherTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.vendor.messagesPerRecipient().values()).containsOnly(1L);
        assertThat(rig.vendor.ledger()).hasSize(500);
        // Told once per stored batch of the first request; the repeated request created nothing and told nothing.
        assertThat(rig.published(DeliveryBatch.class)).filteredOn(batch -> batch.created() > 0)
                .extracting(DeliveryBatch::created).containsExactly(100L, 100L, 100L, 100L, 100L);
        assertThat(rig.published(CampaignDispatchStarted.class)).hasSize(1);
    }

    @Test
    void a_request_for_a_campaign_no_longer_queued_is_acknowledged_and_creates_nothing() {
        rig.register(10);
        Campaign queued = rig.queued("sale", Channel.EMAIL);
        Campaign cancelled = rig.campaigns.transition(queued.cancel(rig.crm.clock().instant()).get(), CampaignStatus.QUEUED)
                .block(PATIENCE);
        startDispatcher();

        rig.requestDispatch(queued);
        rig.awaitIdle();

        assertThat(rig.current(queued)).isEqualTo(cancelled);
        assertThat(rig.recount(queued)).isEqualTo(CampaignCounters.NONE);
    }

    @Test
    void customers_the_channel_cannot_reach_get_no_delivery_and_are_not_counted() {
        rig.register(10, number -> number % 2 == 0 ? Profile.EMPTY
                : new Profile(Optional.empty(), Optional.of("+91 98200 0000" + number), Optional.empty(), Set.of(), Map.of()));
        Campaign campaign = rig.queued("sms", Channel.SMS);
        rig.requestDispatch(campaign);

        rig.start(quick(100));

        Campaign completed = rig.await(campaign, DispatcherTest::completed);
        assertThat(completed.counters().audience()).isEqualTo(5);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.vendor.ledger()).hasSize(5);
        assertThat(rig.deliveries(campaign, DeliveryStatus.SENT)).allSatisfy(
                delivery -> assertThat(delivery.recipient()).startsWith("+91 98200 0000"));
    }

    @Test
    void a_campaign_that_reaches_nobody_completes_once_dispatched() {
        rig.register(10);
        Campaign campaign = rig.queued("sms", Channel.SMS);
        rig.requestDispatch(campaign);
        startDispatcher();

        Campaign completed = rig.await(campaign, DispatcherTest::completed);

        assertThat(completed.counters()).isEqualTo(CampaignCounters.NONE);
        assertThat(rig.published(CampaignCompleted.class)).hasSize(1);
    }
}

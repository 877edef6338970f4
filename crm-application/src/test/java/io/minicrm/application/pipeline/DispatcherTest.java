package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

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
        assertThat(dispatched.counters())
                .isEqualTo(new CampaignCounters(500, 500, 0, 0, 0))
                .isEqualTo(rig.recount(campaign));
        rig.start(quick(100));
        Campaign completed = rig.await(campaign, DispatcherTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.vendor.messagesPerRecipient().values()).containsOnly(1L);
        assertThat(rig.vendor.ledger()).hasSize(500);
        // Told once per stored batch of the first request; the repeated request created nothing and told nothing.
        assertThat(rig.published(DeliveryBatch.class))
                .filteredOn(batch -> batch.created() > 0)
                .extracting(DeliveryBatch::created)
                .containsExactly(100L, 100L, 100L, 100L, 100L);
        assertThat(rig.published(CampaignDispatchStarted.class)).hasSize(1);
    }

    @Test
    void a_request_for_a_campaign_no_longer_queued_is_acknowledged_and_creates_nothing() {
        rig.register(10);
        Campaign queued = rig.queued("sale", Channel.EMAIL);
        Campaign cancelled = rig.campaigns
                .transition(queued.cancel(rig.crm.clock().instant()).get(), CampaignStatus.QUEUED)
                .block(PATIENCE);
        startDispatcher();

        rig.requestDispatch(queued);
        rig.awaitIdle();

        assertThat(rig.current(queued)).isEqualTo(cancelled);
        assertThat(rig.recount(queued)).isEqualTo(CampaignCounters.NONE);
    }

    @Test
    void customers_the_channel_cannot_reach_are_skipped_and_counted_and_get_no_message() {
        rig.register(
                10,
                number -> number % 2 == 0
                        ? Profile.EMPTY
                        : new Profile(
                                Optional.empty(),
                                Optional.of("+91 98200 0000" + number),
                                Optional.empty(),
                                Set.of(),
                                Map.of()));
        Campaign campaign = rig.queued("sms", Channel.SMS);
        rig.requestDispatch(campaign);

        rig.start(quick(100));

        Campaign completed = rig.await(campaign, DispatcherTest::completed);
        assertThat(completed.counters().audience()).isEqualTo(10);
        assertThat(completed.counters().skipped()).isEqualTo(5);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.vendor.ledger()).hasSize(5);
        assertThat(rig.deliveries(campaign, DeliveryStatus.SKIPPED))
                .allSatisfy(delivery -> assertThat(delivery.recipient()).isEmpty())
                .hasSize(5);
        assertThat(rig.deliveries(campaign, DeliveryStatus.SENT))
                .allSatisfy(delivery -> assertThat(delivery.recipient()).startsWith("+91 98200 0000"));
    }

    @Test
    void a_campaign_that_reaches_nobody_completes_once_dispatched() {
        rig.register(10);
        Campaign campaign = rig.queued("sms", Channel.SMS);
        rig.requestDispatch(campaign);
        startDispatcher();

        Campaign completed = rig.await(campaign, DispatcherTest::completed);

        assertThat(completed.counters()).isEqualTo(new CampaignCounters(10, 0, 0, 0, 0, 10, 0));
        assertThat(rig.vendor.ledger()).isEmpty();
        assertThat(rig.published(CampaignCompleted.class)).hasSize(1);
    }

    @Test
    void suppressed_customers_are_counted_and_never_messaged() {
        rig.register(20);
        Instant now = rig.crm.clock().instant();
        for (String address : List.of("c00003@example.com", "c00011@example.com")) {
            rig.suppressions
                    .suppress(new Suppression(
                            WorkspaceId.DEFAULT,
                            Channel.EMAIL,
                            address,
                            SuppressionReason.UNSUBSCRIBED,
                            Optional.empty(),
                            now))
                    .block();
        }
        Campaign campaign = rig.requested("suppressing");
        rig.start(quick(7));

        Campaign completed = rig.await(campaign, DispatcherTest::completed);

        assertThat(completed.counters().audience()).isEqualTo(20);
        assertThat(completed.counters().suppressed()).isEqualTo(2);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.vendor.ledger()).hasSize(18);
        assertThat(rig.vendor.messagesPerRecipient()).doesNotContainKeys("c00003@example.com", "c00011@example.com");
    }

    @Test
    void a_campaign_whose_fan_out_fails_on_every_try_is_marked_failed_with_the_reason_and_what_it_created_settles() {
        rig.register(500);
        CustomerId unreadable = new CustomerId("c00250");
        // The batch holding that customer's delivery is refused, as a store refuses a value it cannot take.
        DeliveryStore store = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Flux<Delivery> insertNew(List<Delivery> deliveries) {
                return deliveries.stream()
                                .anyMatch(delivery -> delivery.customer().equals(unreadable))
                        ? Flux.error(new IllegalArgumentException("customer " + unreadable + " cannot be stored"))
                        : super.insertNew(deliveries);
            }
        };
        Campaign campaign = rig.queued("sale", Channel.EMAIL);

        rig.start(
                quick(100),
                new PipelinePorts(
                        rig.campaigns,
                        store,
                        rig.customers,
                        rig.queue,
                        rig.vendor,
                        rig.events,
                        new InMemorySuppressionStore()));

        Campaign failed = rig.await(campaign, current -> current.status() == CampaignStatus.FAILED);
        assertThat(failed.failureReason())
                .contains("dispatching failed: IllegalArgumentException: customer c00250 cannot be stored");
        rig.awaitIdle();
        Campaign settled = rig.current(campaign);
        assertThat(settled.counters()).isEqualTo(rig.recount(campaign));
        // The two batches before the refused one, as the audience comes in id order.
        assertThat(settled.counters().audience()).isEqualTo(200);
        assertThat(settled.counters().pending()).isZero();
        // Whether the senders reached a delivery before the campaign failed is a race; none is ever sent twice.
        assertThat(rig.vendor.messagesPerRecipient().values())
                .allSatisfy(sent -> assertThat(sent).isEqualTo(1L));
        assertThat(rig.published(CampaignCompleted.class)).isEmpty();
    }
}

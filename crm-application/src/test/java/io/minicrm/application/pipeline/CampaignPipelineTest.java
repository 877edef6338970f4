package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCompleted;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignDispatchStarted;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.shared.CrmEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class CampaignPipelineTest {

    private static final int RECIPIENTS = 2_000;

    private PipelineRig rig;

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private PipelineRig rig(int queueCapacity, Duration vendorLatency) {
        rig = new PipelineRig(queueCapacity, vendor(0, vendorLatency));
        rig.register(RECIPIENTS);
        return rig;
    }

    private static boolean completed(Campaign campaign) {
        return campaign.status() == CampaignStatus.COMPLETED;
    }

    /** Every customer has one delivery, got at most one message, and the counters agree with the store and the vendor. */
    private void assertEachRecipientOnceAndExactCounters(Campaign campaign) {
        Campaign settled = rig.current(campaign);
        assertThat(settled.counters()).isEqualTo(rig.recount(campaign));
        assertThat(settled.counters().audience()).isEqualTo(RECIPIENTS);
        assertThat(settled.counters().pending()).isZero();
        Map<String, Long> messages = rig.vendor.messagesPerRecipient();
        assertThat(messages.values()).containsOnly(1L);
        assertThat(messages.keySet())
                .isEqualTo(rig.deliveries(campaign, DeliveryStatus.SENT).stream()
                        .map(Delivery::recipient)
                        .collect(Collectors.toSet()));
        assertThat(rig.vendor.ledger()).hasSize(RECIPIENTS);
    }

    @Test
    void a_campaign_reaches_every_recipient_once_and_completes_with_counters_matching_a_recount() {
        rig(10_000, Duration.ZERO);
        Campaign campaign = rig.requested("spring-sale");

        rig.start(quick(100));

        rig.await(campaign, CampaignPipelineTest::completed);
        assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(rig.current(campaign).counters().failed()).isBetween(100L, 300L);
        List<CampaignCompleted> completions = rig.published(CampaignCompleted.class);
        assertThat(completions)
                .singleElement()
                .satisfies(
                        completed -> assertThat(completed.campaign().counters()).isEqualTo(rig.recount(campaign)));
    }

    @Test
    void counter_writes_that_fail_now_and_then_are_tried_again_and_the_counters_still_match_a_recount() {
        rig(10_000, Duration.ZERO);
        Campaign campaign = rig.requested("spring-sale");
        UnsteadyCounters unsteady = new UnsteadyCounters(rig.campaigns);

        rig.start(
                quick(100),
                new PipelinePorts(
                        unsteady,
                        rig.deliveries,
                        rig.customers,
                        rig.queue,
                        rig.vendor,
                        rig.events,
                        new InMemorySuppressionStore()));

        rig.await(campaign, CampaignPipelineTest::completed);
        assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(unsteady.failures()).isGreaterThan(RECIPIENTS / 100);
    }

    @Test
    void a_campaign_whose_last_receipts_were_stored_but_never_counted_is_recounted_and_completes() {
        rig(10_000, Duration.ZERO);
        Campaign campaign = rig.dispatching(rig.queued("spring-sale", Channel.EMAIL));
        List<Delivery> pending = rig.insertPending(campaign, rig.registered);
        rig.campaigns
                .transition(
                        rig.current(campaign)
                                .finishDispatch(rig.crm.clock().instant())
                                .get(),
                        CampaignStatus.DISPATCHING)
                .block(PipelineRig.PATIENCE);
        // A receipt writer that died between its two writes: every delivery moved, none counted.
        rig.deliveries
                .applyReceipts(
                        pending.stream()
                                .map(delivery -> new Receipt(
                                        delivery.id(),
                                        DeliveryStatus.SENT,
                                        Optional.of("v-" + delivery.customer()),
                                        Optional.empty(),
                                        rig.crm.clock().instant()))
                                .toList(),
                        rig.crm.clock().instant())
                .blockLast(PipelineRig.PATIENCE);
        assertThat(rig.current(campaign).counters().pending()).isEqualTo(RECIPIENTS);

        rig.start(new PipelineSettings(
                100, 4, 2, 16, 3, Duration.ofMillis(2), 200, Duration.ofMillis(10), Duration.ofMillis(50)));

        Campaign completed = rig.await(campaign, CampaignPipelineTest::completed);
        assertThat(completed.counters())
                .isEqualTo(rig.recount(campaign))
                .isEqualTo(new CampaignCounters(RECIPIENTS, 0, RECIPIENTS, 0, 0));
        // The periodic check completed it, outside the queue: listeners hear of it just after the store does.
        PipelineRig.eventually(() -> !rig.published(CampaignCompleted.class).isEmpty());
        assertThat(rig.published(CampaignCompleted.class)).singleElement();
    }

    @Test
    void a_campaign_tells_listeners_once_per_stored_batch_of_deliveries_not_once_per_recipient() {
        rig(10_000, Duration.ZERO);
        AtomicInteger receiptWrites = new AtomicInteger();
        DeliveryStore counted = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
                return super.applyReceipts(receipts, now).doOnComplete(receiptWrites::incrementAndGet);
            }
        };
        // One sender, so that the campaign is requested once, by the pipeline's start: a repeated request would hand
        // the sender pending deliveries again. Batches of receipts are not always full (a sender's report may go out
        // early when demand resumes), so they are counted as the store sees them.
        PipelineSettings settings = new PipelineSettings(
                100, 4, 1, 16, 3, Duration.ofMillis(2), 250, Duration.ofMillis(20), Duration.ofSeconds(30));
        Campaign campaign = rig.queued("spring-sale", Channel.EMAIL);

        rig.start(
                settings,
                new PipelinePorts(
                        rig.campaigns, counted, rig.customers, rig.queue, rig.vendor, rig.events, rig.suppressions));

        Campaign completed = rig.await(campaign, CampaignPipelineTest::completed);
        List<DeliveryBatch> told = rig.published(DeliveryBatch.class);
        Map<Boolean, List<DeliveryBatch>> fannedOut =
                told.stream().collect(Collectors.partitioningBy(batch -> batch.created() > 0));
        assertThat(fannedOut.get(true))
                .hasSize(RECIPIENTS / settings.dispatchBatch())
                .allSatisfy(batch -> assertThat(batch.created()).isEqualTo(settings.dispatchBatch()));
        // Each write of receipts moved deliveries of this one campaign, so each told listeners once.
        assertThat(fannedOut.get(false))
                .hasSize(receiptWrites.get())
                .allSatisfy(batch -> assertThat(moved(batch)).isBetween(1L, (long) settings.receiptBatch()));
        assertThat(fannedOut.get(false).stream()
                        .mapToLong(CampaignPipelineTest::moved)
                        .sum())
                .isEqualTo(RECIPIENTS);
        assertThat(told.getLast().campaign().counters()).isEqualTo(completed.counters());
        assertThat(rig.published(CampaignDispatchStarted.class))
                .singleElement()
                .satisfies(started -> assertThat(started.campaign().status()).isEqualTo(CampaignStatus.DISPATCHING));
    }

    private static long moved(DeliveryBatch batch) {
        return batch.movedToSent() + batch.movedToDelivered() + batch.movedToFailed();
    }

    @Test
    void a_dispatch_request_or_receipts_handed_out_again_after_completion_change_nothing() {
        rig(10_000, Duration.ZERO);
        Campaign campaign = rig.requested("spring-sale");
        rig.start(quick(500));
        Campaign completed = rig.await(campaign, CampaignPipelineTest::completed);
        rig.awaitIdle();
        Map<DeliveryId, Receipt> ledger = rig.vendor.ledger();
        List<Delivery> delivered = rig.deliveries(campaign, DeliveryStatus.SENT);
        int events = rig.published(CrmEvent.class).size();

        rig.requestDispatch(campaign);
        rig.queue.reportReceipts(List.copyOf(ledger.values())).block(PipelineRig.PATIENCE);
        rig.awaitIdle();

        assertThat(rig.current(campaign)).isEqualTo(completed);
        assertThat(rig.deliveries(campaign, DeliveryStatus.SENT)).isEqualTo(delivered);
        assertThat(rig.vendor.ledger()).isEqualTo(ledger);
        assertThat(rig.published(CrmEvent.class)).hasSize(events);
    }

    @Test
    void cancelling_mid_dispatch_stops_new_sends_and_fails_what_was_not_sent() {
        rig(100, Duration.ofMillis(2));
        Campaign campaign = rig.requested("spring-sale");
        rig.start(quick(50));
        PipelineRig.eventually(() -> rig.vendor.ledger().size() >= 100);

        Campaign dispatching = rig.current(campaign);
        Campaign cancelled = rig.campaigns
                .transition(dispatching.cancel(rig.crm.clock().instant()).get(), CampaignStatus.DISPATCHING)
                .block(PipelineRig.PATIENCE);
        rig.awaitIdle();

        assertThat(cancelled).isNotNull();
        Campaign settled = rig.current(campaign);
        assertThat(settled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(settled.counters()).isEqualTo(rig.recount(campaign));
        assertThat(settled.counters().pending()).isZero();
        assertThat(settled.counters().audience()).isLessThan(RECIPIENTS);
        assertThat(rig.vendor.ledger()).hasSizeLessThan(RECIPIENTS);
        assertThat(rig.deliveries(campaign, DeliveryStatus.FAILED))
                .extracting(delivery -> delivery.failureReason().orElseThrow())
                .contains("campaign cancelled before sending");
        assertThat(rig.published(CampaignCompleted.class)).isEmpty();
    }

    @Test
    void a_pipeline_stopped_mid_campaign_is_finished_by_the_next_with_each_recipient_once() {
        rig(200, Duration.ofMillis(1));
        Campaign campaign = rig.requested("spring-sale");
        CampaignPipeline first = rig.start(quick(100));
        PipelineRig.eventually(() -> rig.vendor.ledger().size() >= 300);

        first.close();
        int sentBeforeTheStop = rig.vendor.ledger().size();
        rig.start(quick(100));

        rig.await(campaign, CampaignPipelineTest::completed);
        assertThat(sentBeforeTheStop).isLessThan(RECIPIENTS);
        assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(rig.published(CampaignCompleted.class)).hasSize(1);
    }

    @Test
    void deliveries_an_interrupted_dispatch_inserted_but_never_requested_are_still_sent() {
        rig(10_000, Duration.ZERO);
        Campaign campaign = rig.dispatching(rig.queued("spring-sale", Channel.EMAIL));
        List<Delivery> unrequested = rig.insertPending(campaign, rig.registered.subList(0, 300));

        rig.start(quick(100));

        rig.await(campaign, CampaignPipelineTest::completed);
        assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(rig.vendor.ledger())
                .containsKeys(unrequested.stream().map(Delivery::id).toArray(DeliveryId[]::new));
    }

    @Test
    void a_campaign_whose_dispatch_request_never_reached_the_queue_is_requested_again_once_it_stayed_queued_too_long() {
        rig(10_000, Duration.ZERO);
        rig.start(withRedispatchAfter(Duration.ofMillis(200)));

        // Queued after the pipeline started and never requested, as when the queue was down at that moment.
        Campaign campaign = rig.queued("spring-sale", Channel.EMAIL);

        rig.await(campaign, CampaignPipelineTest::completed);
        assertEachRecipientOnceAndExactCounters(campaign);
    }

    @Test
    void a_dispatched_campaign_left_with_nothing_pending_is_completed_by_the_pipeline_though_nothing_asks_for_it() {
        rig(10_000, Duration.ZERO);
        rig.start(withRedispatchAfter(Duration.ofMillis(200)));
        Campaign campaign = rig.dispatching(rig.queued("spring-sale", Channel.EMAIL));
        List<Delivery> pending = rig.insertPending(campaign, rig.registered.subList(0, 10));

        // Every receipt written and counted, then the writer stopped before it could complete the campaign.
        Instant now = rig.crm.clock().instant();
        rig.deliveries
                .applyReceipts(
                        pending.stream()
                                .map(delivery -> new Receipt(
                                        delivery.id(), DeliveryStatus.SENT, Optional.empty(), Optional.empty(), now))
                                .toList(),
                        now)
                .blockLast(PipelineRig.PATIENCE);
        rig.campaigns
                .count(campaign.workspace(), campaign.id(), new CounterChange(0, -10, 10, 0, 0))
                .block(PipelineRig.PATIENCE);
        rig.campaigns
                .transition(rig.current(campaign).finishDispatch(now).get(), CampaignStatus.DISPATCHING)
                .block(PipelineRig.PATIENCE);

        Campaign completed = rig.await(campaign, CampaignPipelineTest::completed);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(rig.published(CampaignCompleted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.campaign().id()).isEqualTo(campaign.id()));
    }

    private static PipelineSettings withRedispatchAfter(Duration delay) {
        PipelineSettings quick = quick(100);
        return new PipelineSettings(
                quick.dispatchBatch(),
                quick.dispatchConcurrency(),
                quick.senders(),
                quick.sendConcurrency(),
                quick.sendTries(),
                quick.retryBackoff(),
                quick.receiptBatch(),
                quick.receiptWindow(),
                delay);
    }
}

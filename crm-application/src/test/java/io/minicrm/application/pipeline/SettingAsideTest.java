package io.minicrm.application.pipeline;

import static io.minicrm.application.pipeline.PipelineRig.PATIENCE;
import static io.minicrm.application.pipeline.PipelineRig.quick;
import static io.minicrm.application.pipeline.PipelineRig.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.in.DeadLetterReport;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.application.service.DeliveryService;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Work the pipeline cannot do is set aside, so that the rest of a campaign goes on; work that fails for a while is not. */
class SettingAsideTest {

    private static final int RECIPIENTS = 1_000;

    private final PipelineRig rig = new PipelineRig(10_000, vendor(0, Duration.ZERO));
    private Campaign campaign;

    @BeforeEach
    void queueCampaign() {
        rig.register(RECIPIENTS);
        // Requested by the pipeline as it starts, and only so.
        campaign = rig.queued("spring-sale", Channel.EMAIL);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private DeliveryId deliveryTo(String customer) {
        return DeliveryId.of(campaign.id(), new CustomerId(customer));
    }

    private PipelinePorts ports(DeliveryStore store) {
        return new PipelinePorts(
                rig.campaigns, store, rig.customers, rig.queue, rig.vendor, rig.events, new InMemorySuppressionStore());
    }

    private DeadLetterReport deadLetters(Deliveries deliveries) {
        return deliveries.deadLetters(campaign.workspace(), campaign.id()).block(PATIENCE);
    }

    /** Settled: every delivery but those given, which are pending, and counters that agree with the deliveries. */
    private void assertSettledBut(DeliveryId... pending) {
        rig.awaitIdle();
        Campaign settled = rig.current(campaign);
        assertThat(settled.status()).isEqualTo(CampaignStatus.DISPATCHING);
        assertThat(settled.counters()).isEqualTo(rig.recount(campaign));
        assertThat(settled.counters().audience()).isEqualTo(RECIPIENTS);
        assertThat(rig.deliveries(campaign, DeliveryStatus.PENDING))
                .extracting(Delivery::id)
                .containsExactlyInAnyOrder(pending);
    }

    private void assertCompletedWithEachRecipientOnce() {
        Campaign completed = rig.await(campaign, current -> current.status() == CampaignStatus.COMPLETED);
        assertThat(completed.counters()).isEqualTo(rig.recount(campaign));
        assertThat(completed.counters().audience()).isEqualTo(RECIPIENTS);
        assertThat(completed.counters().pending()).isZero();
        assertThat(rig.vendor.ledger()).hasSize(RECIPIENTS);
        assertThat(rig.vendor.messagesPerRecipient().values()).containsOnly(1L);
    }

    @Test
    void
            a_delivery_request_and_a_receipt_that_fail_on_every_try_are_set_aside_with_their_reasons_and_the_rest_of_the_campaign_settles() {
        DeliveryId unsendable = deliveryTo("c00300");
        DeliveryId unwritable = deliveryTo("c00700");
        PoisonedDeliveryStore store = new PoisonedDeliveryStore(rig.deliveries)
                .failingSends(unsendable)
                .failingReceipts(unwritable);
        Deliveries deliveries = new DeliveryService(store, rig.campaigns, rig.queue);

        rig.start(quick(100), ports(store));

        PipelineRig.eventually(() -> deadLetters(deliveries).count() == 2);
        assertSettledBut(unsendable, unwritable);
        assertThat(deadLetters(deliveries).reasons())
                .isEqualTo(Map.of(
                        "sending failed: IllegalStateException: delivery " + unsendable + " cannot be read", 1L,
                        "writing its receipt failed: IllegalArgumentException: the receipt of delivery " + unwritable
                                        + " cannot be stored",
                                1L));
        // The message set aside after it went out is not sent again when re-driven: its receipt is reported again.
        assertThat(rig.vendor.ledger())
                .hasSize(RECIPIENTS - 1)
                .containsKey(unwritable)
                .doesNotContainKey(unsendable);

        store.heal();
        assertThat(deliveries
                        .redriveDeadLetters(campaign.workspace(), campaign.id())
                        .block(PATIENCE))
                .isEqualTo(2);

        assertCompletedWithEachRecipientOnce();
        assertThat(deadLetters(deliveries).count()).isZero();
    }

    @Test
    void a_delivery_request_still_failing_after_the_tries_allowed_is_set_aside_saying_so() {
        DeliveryId stuck = deliveryTo("c00500");
        AtomicInteger tries = new AtomicInteger();
        DeliveryStore store = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Mono<Delivery> attempt(DeliveryId id, Instant now) {
                return id.equals(stuck)
                        ? Mono.error(() -> {
                            tries.incrementAndGet();
                            return new TimeoutException("the store did not answer");
                        })
                        : super.attempt(id, now);
            }
        };
        Deliveries deliveries = new DeliveryService(store, rig.campaigns, rig.queue);

        rig.start(quick(100).withStepTries(3), ports(store));

        PipelineRig.eventually(() -> deadLetters(deliveries).count() == 1);
        assertSettledBut(stuck);
        assertThat(deadLetters(deliveries).reasons())
                .containsOnlyKeys("sending still failed after 3 tries: TimeoutException: the store did not answer");
        assertThat(tries).hasValue(3);
    }

    @Test
    void store_failures_that_pass_are_tried_again_and_nothing_is_set_aside() {
        DeliveryId flaky = deliveryTo("c00400");
        AtomicInteger sendFailures = new AtomicInteger();
        AtomicInteger receiptFailures = new AtomicInteger();
        DeliveryStore store = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Mono<Delivery> attempt(DeliveryId id, Instant now) {
                return Mono.defer(() -> id.equals(flaky) && sendFailures.incrementAndGet() <= 3
                        ? Mono.error(new TimeoutException("the store did not answer"))
                        : super.attempt(id, now));
            }

            @Override
            public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
                return Flux.defer(() -> receiptFailures.incrementAndGet() <= 2
                        ? Flux.error(new UncheckedIOException(new IOException("connection reset")))
                        : super.applyReceipts(receipts, now));
            }
        };
        Deliveries deliveries = new DeliveryService(store, rig.campaigns, rig.queue);

        rig.start(quick(100), ports(store));

        assertCompletedWithEachRecipientOnce();
        assertThat(sendFailures.get()).isGreaterThan(3);
        assertThat(receiptFailures.get()).isGreaterThan(2);
        assertThat(rig.deliveries.findById(flaky).block(PATIENCE).attempts()).isOne();
        assertThat(deadLetters(deliveries).count()).isZero();
    }
}

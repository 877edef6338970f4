package io.minicrm.adapter.kafka;

import static io.minicrm.adapter.kafka.KafkaPipelineRig.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.application.port.out.forwarding.ForwardingDeliveryStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Campaigns through the pipeline's steps as separate nodes on a real broker, including nodes and the broker crashing. */
class KafkaCampaignPipelineTest {

    private KafkaPipelineRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void
            a_campaign_to_20000_customers_through_a_dispatcher_two_senders_and_a_receipt_writer_messages_each_exactly_once() {
        rig = new KafkaPipelineRig(20_000);
        WatchedChannel first = new WatchedChannel(rig.vendor);
        WatchedChannel second = new WatchedChannel(rig.vendor);
        rig.dispatcher();
        rig.sender(first);
        rig.sender(second);
        rig.receiptWriter(rig.deliveries);
        rig.awaitSenders(2);

        Campaign campaign = rig.completed(rig.requested("spring-sale"));

        rig.assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(first.answers()).isPositive();
        assertThat(second.answers()).isPositive();
        assertThat(campaign.counters().failed()).isBetween(1_500L, 2_500L);
        // A sender reports its receipts a batch at a time, one record per campaign and batch, not one per delivery.
        assertThat(rig.recordsOn(rig.queueSettings.topics().receipts())).isLessThan(20_000 / 20);
    }

    @Test
    void a_sender_added_mid_campaign_takes_over_partitions_and_nobody_is_messaged_twice() {
        rig = new KafkaPipelineRig(8_000);
        Sinks.Empty<Void> joined = Sinks.empty();
        WatchedChannel second = new WatchedChannel(rig.vendor, 1, joined::tryEmitEmpty);
        AtomicReference<WatchedChannel> first = new AtomicReference<>();
        // After its 500th answer the first sender gets no more answers until the second has been handed work: it may
        // hold requests of the partitions the second takes over, which the group then hands to the second again.
        first.set(new WatchedChannel(rig.vendor, 500, () -> {
            first.get().hold(joined.asMono());
            rig.sender(second);
        }));
        rig.dispatcher();
        rig.receiptWriter(rig.deliveries);
        rig.sender(first.get());

        Campaign campaign = rig.completed(rig.requested("spring-sale"));

        rig.assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(second.answers()).isPositive();
    }

    @Test
    void
            a_sender_killed_after_sending_and_before_committing_leaves_its_work_to_the_other_and_nobody_is_messaged_twice() {
        rig = new KafkaPipelineRig(8_000);
        AtomicReference<Disposable> doomed = new AtomicReference<>();
        WatchedChannel survivor = new WatchedChannel(rig.vendor);
        AtomicInteger answeredTwice = new AtomicInteger();
        rig.dispatcher();
        rig.receiptWriter(rig.deliveries);
        rig.sender(survivor);
        // The vendor's answer comes back, then the sender dies before it reports the receipt or commits the request.
        doomed.set(rig.sender(
                new WatchedChannel(rig.vendor, 1_500, () -> doomed.get().dispose())));
        rig.awaitSenders(2);

        Campaign campaign = rig.completed(rig.requested("spring-sale"));

        assertThat(doomed.get().isDisposed()).isTrue();
        rig.assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(survivor.answers()).isGreaterThan(rig.vendor.ledger().size() - 1_500);
    }

    @Test
    void
            a_sender_process_killed_after_sending_and_before_committing_leaves_its_work_to_the_other_and_nobody_is_messaged_twice()
                    throws Exception {
        rig = new KafkaPipelineRig(8_000);
        WatchedChannel survivor = new WatchedChannel(rig.vendor);
        try (HttpVendor vendor = new HttpVendor(rig.vendor, rig.deliveries)) {
            Process doomed = senderProcess(vendor, "spring-sale");
            try {
                rig.dispatcher();
                rig.receiptWriter(rig.deliveries);
                rig.sender(survivor);
                rig.awaitSenders(2);
                Campaign campaign = rig.requested("spring-sale");
                // The other JVM has sent these and reported none of them: it is killed before it commits any.
                eventually(() -> vendor.answered() >= 1_000);
                doomed.destroyForcibly().waitFor();

                rig.completed(campaign);
                rig.assertEachRecipientOnceAndExactCounters(campaign);
                assertThat(doomed.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                assertThat(survivor.answers())
                        .as("answers to the surviving sender, the killed one's sends included")
                        .isGreaterThanOrEqualTo(8_000);
            } finally {
                doomed.destroyForcibly();
            }
        }
    }

    /** A {@link SenderProcess} in the sender group of the rig's topics, sending the rig's campaign through the vendor. */
    private Process senderProcess(HttpVendor vendor, String campaign) throws IOException {
        KafkaQueueSettings settings = rig.queueSettings;
        String topics = settings.groupPrefix();
        // Surefire runs the tests in the module's directory: the log stays with the build's output.
        Path log = Files.createDirectories(Path.of("target")).resolve("sender-process.log");
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SenderProcess.class.getName(),
                        settings.bootstrapServers(),
                        topics,
                        String.valueOf(settings.partitions()),
                        vendor.address().toString(),
                        campaign,
                        "8000")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    @Test
    void a_receipt_writer_killed_mid_batch_is_replaced_and_the_counters_stay_exact() {
        rig = new KafkaPipelineRig(8_000);
        AtomicReference<Disposable> doomed = new AtomicReference<>();
        AtomicInteger batches = new AtomicInteger();
        // The third batch is written to the store, then the writer dies before it acknowledges it.
        DeliveryStore dying = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
                return super.applyReceipts(receipts, now).doOnComplete(() -> {
                    if (batches.incrementAndGet() == 3) {
                        doomed.get().dispose();
                    }
                });
            }
        };
        AtomicInteger withoutEffect = new AtomicInteger();
        DeliveryStore successor = new ForwardingDeliveryStore(rig.deliveries) {
            @Override
            public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
                return super.applyReceipts(receipts, now)
                        .collectList()
                        .doOnNext(moved -> withoutEffect.addAndGet(receipts.size() - moved.size()))
                        .flatMapIterable(moved -> moved);
            }
        };
        rig.dispatcher();
        rig.sender(new WatchedChannel(rig.vendor));
        doomed.set(rig.receiptWriter(dying));
        Campaign campaign = rig.requested("spring-sale");
        eventually(() -> doomed.get().isDisposed());

        rig.receiptWriter(successor);

        rig.completed(campaign);
        rig.assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(withoutEffect.get())
                .as("receipts handed out again that changed nothing")
                .isPositive();
    }

    @Test
    void a_receipt_writer_dying_between_storing_its_moves_and_counting_them_leaves_counters_the_pipeline_recounts() {
        rig = new KafkaPipelineRig(8_000);
        AtomicReference<Disposable> doomed = new AtomicReference<>();
        AtomicInteger lost = new AtomicInteger();
        // The first batch's moves are stored, then the writer dies: its count never reaches the store.
        CampaignStore dying = new ForwardingCampaignStore(rig.campaigns) {
            @Override
            public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
                if (lost.getAndIncrement() == 0) {
                    doomed.get().dispose();
                    return Mono.never();
                }
                return super.count(workspace, id, change);
            }
        };
        rig.dispatcher();
        rig.sender(rig.vendor);
        doomed.set(rig.receiptWriter(dying));
        Campaign campaign = rig.requested("spring-sale");
        eventually(() -> doomed.get().isDisposed());

        rig.pipeline(Duration.ofMillis(500));

        rig.completed(campaign);

        rig.assertEachRecipientOnceAndExactCounters(campaign);
        assertThat(lost.get()).as("counts the dying writer attempted").isEqualTo(1);
    }

    @Test
    void a_broker_restarted_mid_dispatch_loses_nothing_and_messages_nobody_twice() {
        rig = new KafkaPipelineRig(8_000);
        rig.dispatcher();
        rig.sender(new WatchedChannel(rig.vendor));
        rig.sender(new WatchedChannel(rig.vendor));
        rig.receiptWriter(rig.deliveries);
        Campaign campaign = rig.requested("spring-sale");
        eventually(() -> rig.vendor.ledger().size() >= 1_000);

        KafkaBroker broker = KafkaBroker.shared();
        broker.kill();
        int sentWhileUp = rig.vendor.ledger().size();
        broker.start();

        rig.completed(campaign);
        assertThat(sentWhileUp).isLessThan(8_000);
        rig.assertEachRecipientOnceAndExactCounters(campaign);
    }
}

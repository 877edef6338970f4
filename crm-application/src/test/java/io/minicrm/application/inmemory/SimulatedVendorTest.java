package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class SimulatedVendorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Delivery delivery(int customer) {
        return Delivery.pending(
                WorkspaceId.DEFAULT,
                new CampaignId("sale"),
                new CustomerId("c" + customer),
                "c" + customer + "@example.com",
                new RenderedMessage(Optional.of("Sale"), "Hi"),
                NOW);
    }

    private static SimulatedVendor vendor(long seed, double outageRate, Duration latency) {
        return new SimulatedVendor(new SimulatedVendor.Settings(seed, 0.1, outageRate, latency), CLOCK);
    }

    private static Map<DeliveryId, DeliveryStatus> outcomes(SimulatedVendor vendor, int deliveries) {
        return Flux.range(0, deliveries)
                .map(SimulatedVendorTest::delivery)
                .concatMap(vendor::send)
                .collectMap(Receipt::delivery, Receipt::status)
                .block();
    }

    @Test
    void accepts_about_nine_messages_in_ten_as_its_seed_decides() {
        Map<DeliveryId, DeliveryStatus> first = outcomes(vendor(7, 0, Duration.ZERO), 10_000);

        double accepted =
                first.values().stream().filter(DeliveryStatus.SENT::equals).count() / 10_000.0;
        assertThat(accepted).isCloseTo(0.9, within(0.015));
        assertThat(outcomes(vendor(7, 0, Duration.ZERO), 10_000)).isEqualTo(first);
        assertThat(outcomes(vendor(8, 0, Duration.ZERO), 10_000)).isNotEqualTo(first);
    }

    @Test
    void a_delivery_sent_again_gets_its_first_answer_and_no_second_message() {
        SimulatedVendor vendor = vendor(7, 0, Duration.ZERO);
        Delivery delivery = delivery(1);
        Delivery retried = delivery.attempted(NOW).get().attempted(NOW).get();

        Receipt first = vendor.send(delivery).block();

        assertThat(vendor.send(retried).block()).isEqualTo(first);
        assertThat(vendor.ledger()).containsExactly(Map.entry(delivery.id(), first));
        assertThat(vendor.messagesPerRecipient())
                .isEqualTo(first.status() == DeliveryStatus.SENT ? Map.of("c1@example.com", 1L) : Map.of());
    }

    @Test
    void a_rejected_message_is_failed_with_the_vendors_reason_and_not_counted_as_sent() {
        SimulatedVendor vendor = new SimulatedVendor(new SimulatedVendor.Settings(7, 1, 0, Duration.ZERO), CLOCK);

        Receipt receipt = vendor.send(delivery(1)).block();

        assertThat(receipt.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(receipt.reason()).contains("rejected by the simulated vendor");
        assertThat(vendor.messagesPerRecipient()).isEmpty();
    }

    @Test
    void an_unreachable_vendor_signals_an_error_and_records_nothing() {
        SimulatedVendor vendor = vendor(7, 1, Duration.ZERO);

        StepVerifier.create(vendor.send(delivery(1)))
                .expectErrorMessage("the simulated vendor cannot be reached")
                .verify();
        assertThat(vendor.ledger()).isEmpty();
    }

    @Test
    void outages_are_decided_afresh_for_each_attempt() {
        SimulatedVendor vendor = vendor(7, 0.5, Duration.ZERO);
        List<Delivery> deliveries =
                IntStream.range(0, 200).mapToObj(SimulatedVendorTest::delivery).toList();

        Map<Boolean, Long> reachedOnFirstTry = deliveries.stream()
                .collect(Collectors.partitioningBy(
                        delivery -> vendor.send(delivery.attempted(NOW).get())
                                .onErrorComplete()
                                .blockOptional()
                                .isPresent(),
                        Collectors.counting()));

        assertThat(reachedOnFirstTry.get(true)).isBetween(70L, 130L);
        long reachedOnSecondTry = deliveries.stream()
                .map(delivery -> delivery.attempted(NOW).get().attempted(NOW).get())
                .filter(retried ->
                        vendor.send(retried).onErrorComplete().blockOptional().isPresent())
                .count();
        assertThat(reachedOnSecondTry).isGreaterThan(reachedOnFirstTry.get(true));
    }

    @Test
    void answers_after_its_latency() {
        StepVerifier.withVirtualTime(() -> vendor(7, 0, Duration.ofMillis(50)).send(delivery(1)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(49))
                .thenAwait(Duration.ofMillis(1))
                .expectNextCount(1)
                .verifyComplete();
    }
}

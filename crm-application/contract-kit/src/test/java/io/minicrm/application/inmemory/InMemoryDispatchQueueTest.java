package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import io.minicrm.application.contract.DispatchQueueContract;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.util.function.Tuple2;

class InMemoryDispatchQueueTest extends DispatchQueueContract {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final CampaignId SALE = new CampaignId("sale");

    @Override
    protected DispatchQueue newQueue() {
        return new InMemoryDispatchQueue();
    }

    private static Receipt receipt(int customer) {
        return new Receipt(
                DeliveryId.of(SALE, new CustomerId("c" + customer)),
                DeliveryStatus.SENT,
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH);
    }

    private static List<Receipt> receipts(int count) {
        return IntStream.range(0, count)
                .mapToObj(InMemoryDispatchQueueTest::receipt)
                .toList();
    }

    private static DeliveryRequest request(String campaign, String customer) {
        CustomerId id = new CustomerId(customer);
        return new DeliveryRequest(WorkspaceId.DEFAULT, DeliveryId.of(new CampaignId(campaign), id), id);
    }

    @Test
    void a_producer_waits_for_room_and_resumes_once_an_item_is_acknowledged() {
        InMemoryDispatchQueue queue = new InMemoryDispatchQueue(2, Schedulers.parallel());

        CompletableFuture<Void> offered = queue.reportReceipts(receipts(3)).toFuture();

        assertThat(queue.backlog()).isEqualTo(2);
        assertThat(offered).isNotDone();
        StepVerifier.create(queue.receipts(), 1)
                .consumeNextWith(work -> work.acknowledge().subscribe())
                .then(() -> assertThat(offered).succeedsWithin(PATIENCE))
                .thenCancel()
                .verify(PATIENCE);
        assertThat(queue.backlog()).isEqualTo(2);
    }

    @Test
    void a_consumer_is_handed_only_as_many_items_as_it_asks_for_and_the_rest_go_to_others() {
        InMemoryDispatchQueue queue = new InMemoryDispatchQueue();
        queue.reportReceipts(receipts(10)).block(PATIENCE);
        List<Receipt> handedOut = new ArrayList<>();

        StepVerifier.create(queue.receipts().map(Work::payload), 3)
                .recordWith(() -> handedOut)
                .expectNextCount(3)
                .then(() -> StepVerifier.create(queue.receipts().map(Work::payload))
                        .recordWith(() -> handedOut)
                        .expectNextCount(7)
                        .thenCancel()
                        .verify(PATIENCE))
                .expectNoEvent(Duration.ofMillis(100))
                .thenCancel()
                .verify(PATIENCE);
        assertThat(handedOut).containsExactlyInAnyOrderElementsOf(receipts(10));
    }

    @Test
    void a_customers_next_delivery_waits_until_the_one_handed_out_is_acknowledged() {
        InMemoryDispatchQueue queue = new InMemoryDispatchQueue();
        queue.requestDeliveries(List.of(request("sale", "asha"), request("spring", "asha"), request("sale", "ravi")))
                .block(PATIENCE);
        AtomicReference<Work<DeliveryRequest>> first = new AtomicReference<>();

        StepVerifier.create(queue.deliveryRequests(), 3)
                .consumeNextWith(first::set)
                .assertNext(work -> assertThat(work.payload()).isEqualTo(request("sale", "ravi")))
                .expectNoEvent(Duration.ofMillis(100))
                .then(() -> first.get().acknowledge().subscribe())
                .assertNext(work -> assertThat(work.payload()).isEqualTo(request("spring", "asha")))
                .thenCancel()
                .verify(PATIENCE);
        assertThat(first.get().payload()).isEqualTo(request("sale", "asha"));
    }

    @Test
    void carries_many_items_through_little_room_to_several_consumers_losing_none() {
        InMemoryDispatchQueue queue = new InMemoryDispatchQueue(500, Schedulers.parallel());
        int count = 200_000;

        Mono<Void> produce = Flux.range(0, count)
                .map(InMemoryDispatchQueueTest::receipt)
                .buffer(1_000)
                .concatMap(queue::reportReceipts)
                .then();
        Mono<Long> consumed = Flux.merge(consumer(queue), consumer(queue), consumer(queue))
                .take(count)
                .distinct()
                .count();

        StepVerifier.create(Mono.zip(consumed, produce.thenReturn(true)).map(Tuple2::getT1))
                .expectNext((long) count)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        assertThat(queue.backlog()).isZero();
    }

    private static Flux<Receipt> consumer(InMemoryDispatchQueue queue) {
        return queue.receipts().concatMap(work -> work.acknowledge().thenReturn(work.payload()));
    }
}

package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.out.DispatchQueue.DispatchRequest;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * What every {@link DispatchQueue} does. An adapter's test extends it and gives a new, empty queue from
 * {@link #newQueue()}; a queue that is {@link AutoCloseable} is closed after each test. A queue shared by nodes may
 * take a moment to hand out what was offered or to show a dead letter, so the tests wait for what they expect.
 */
public abstract class DispatchQueueContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final CampaignId SALE = new CampaignId("sale");
    private static final CampaignId SPRING = new CampaignId("spring");
    private static final CampaignId AUTUMN = new CampaignId("autumn");

    private DispatchQueue queue;
    private final List<Disposable> consumers = new ArrayList<>();

    protected abstract DispatchQueue newQueue();

    @BeforeEach
    void createQueue() {
        queue = newQueue();
    }

    @AfterEach
    void closeQueue() throws Exception {
        consumers.forEach(Disposable::dispose);
        if (queue instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static DeliveryRequest request(WorkspaceId workspace, CampaignId campaign, String customer) {
        CustomerId id = new CustomerId(customer);
        return new DeliveryRequest(workspace, DeliveryId.of(campaign, id), id);
    }

    private static Receipt receipt(int customer) {
        return new Receipt(
                DeliveryId.of(SALE, new CustomerId("c" + customer)),
                DeliveryStatus.SENT,
                Optional.of("vendor-" + customer),
                Optional.empty(),
                NOW.plusNanos(customer));
    }

    private static DeadLetter letter(WorkspaceId workspace, CampaignId campaign, String customer, String reason) {
        return new DeadLetter(
                request(workspace, campaign, customer), campaign, reason, NOW.plusMillis(customer.length()));
    }

    @Test
    void every_kind_of_item_is_handed_out_as_it_was_offered() {
        DispatchRequest dispatch = new DispatchRequest(A, SALE);
        List<DeliveryRequest> deliveries = List.of(request(A, SALE, "asha"), request(B, AUTUMN, "ravi:%1"));
        List<Receipt> receipts = List.of(
                new Receipt(
                        DeliveryId.of(SALE, new CustomerId("asha")),
                        DeliveryStatus.FAILED,
                        Optional.of("v-1"),
                        Optional.of("mailbox full, ünïcode kept"),
                        Instant.parse("2026-11-24T06:30:00.123456789Z")),
                new Receipt(
                        DeliveryId.of(SALE, new CustomerId("ravi")),
                        DeliveryStatus.DELIVERED,
                        Optional.empty(),
                        Optional.empty(),
                        NOW));

        queue.requestDispatch(dispatch).block(PATIENCE);
        queue.requestDeliveries(deliveries).block(PATIENCE);
        queue.reportReceipts(receipts).block(PATIENCE);

        assertThat(taken(queue::dispatchRequests, 1)).containsExactly(dispatch);
        assertThat(taken(queue::deliveryRequests, 2)).containsExactlyInAnyOrderElementsOf(deliveries);
        assertThat(taken(queue::receipts, 2)).containsExactlyInAnyOrderElementsOf(receipts);
    }

    @Test
    void items_not_acknowledged_are_handed_out_again_once_their_consumer_stops_and_acknowledged_ones_are_not() {
        List<DeliveryRequest> offered = Stream.of("asha", "ravi", "meera", "kabir")
                .map(customer -> request(A, SALE, customer))
                .toList();
        queue.requestDeliveries(offered).block(PATIENCE);
        List<DeliveryRequest> acknowledged = new ArrayList<>();

        StepVerifier.create(queue.deliveryRequests(), 3)
                .assertNext(work -> {
                    work.acknowledge().block(PATIENCE);
                    acknowledged.add(work.payload());
                })
                .expectNextCount(2)
                .thenCancel()
                .verify(PATIENCE);

        assertThat(consume(queue.deliveryRequests(), 3).collectList().block(PATIENCE))
                .containsExactlyInAnyOrderElementsOf(offered.stream()
                        .filter(request -> !acknowledged.contains(request))
                        .toList());
    }

    @Test
    void receipts_not_acknowledged_are_handed_out_again_in_order_and_once_all_reported_together_are_none_is() {
        queue.reportReceipts(IntStream.range(0, 4)
                        .mapToObj(DispatchQueueContract::receipt)
                        .toList())
                .block(PATIENCE);
        StepVerifier.create(queue.receipts(), 3)
                .assertNext(work -> {
                    assertThat(work.payload()).isEqualTo(receipt(0));
                    work.acknowledge().block(PATIENCE);
                })
                .expectNextCount(2)
                .thenCancel()
                .verify(PATIENCE);

        // The acknowledged receipt may come again with the others reported with it; those come again in order.
        List<Receipt> again = queue.receipts()
                .concatMap(work -> work.acknowledge().thenReturn(work.payload()))
                .takeUntil(receipt(3)::equals)
                .collectList()
                .block(PATIENCE);
        assertThat(again.stream().filter(receipt -> !receipt.equals(receipt(0))))
                .containsExactly(receipt(1), receipt(2), receipt(3));

        queue.reportReceipts(List.of(receipt(4))).block(PATIENCE);
        assertThat(queue.receipts().map(Work::payload).blockFirst(PATIENCE)).isEqualTo(receipt(4));
    }

    @Test
    void a_customers_delivery_requests_are_handed_out_in_the_order_offered() {
        List<CampaignId> campaigns = IntStream.range(0, 20)
                .mapToObj(number -> new CampaignId("k" + number))
                .toList();
        List<DeliveryRequest> ashas =
                campaigns.stream().map(campaign -> request(A, campaign, "asha")).toList();
        for (CampaignId campaign : campaigns) {
            queue.requestDeliveries(List.of(request(A, campaign, "asha"), request(A, campaign, "ravi")))
                    .block(PATIENCE);
        }

        List<DeliveryRequest> handedOut =
                consume(queue.deliveryRequests(), 40).collectList().block(PATIENCE);

        assertThat(handedOut.stream()
                        .filter(request -> request.customer().value().equals("asha")))
                .containsExactlyElementsOf(ashas);
    }

    @Test
    void consumers_of_one_kind_share_the_items_and_together_take_each_one() {
        Queue<DeliveryRequest> first = new ConcurrentLinkedQueue<>();
        Queue<DeliveryRequest> second = new ConcurrentLinkedQueue<>();
        consumers.add(consume(queue.deliveryRequests(), Long.MAX_VALUE).subscribe(first::add));
        consumers.add(consume(queue.deliveryRequests(), Long.MAX_VALUE).subscribe(second::add));
        List<DeliveryRequest> offered = new ArrayList<>();

        // Offered a batch at a time until both have had some: a consumer may take a moment to join.
        Instant deadline = Instant.now().plus(PATIENCE);
        while ((first.isEmpty() || second.isEmpty()) && Instant.now().isBefore(deadline)) {
            List<DeliveryRequest> batch = IntStream.range(offered.size(), offered.size() + 100)
                    .mapToObj(number -> request(A, SALE, "c" + number))
                    .toList();
            queue.requestDeliveries(batch).block(PATIENCE);
            offered.addAll(batch);
            Eventually.pause(Duration.ofMillis(20));
        }
        eventually(() -> first.size() + second.size() >= offered.size());

        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        assertThat(Flux.concat(Flux.fromIterable(first), Flux.fromIterable(second))
                        .distinct()
                        .collectList()
                        .block(PATIENCE))
                .containsExactlyInAnyOrderElementsOf(offered);
    }

    @Test
    void a_consumer_asking_for_one_item_at_a_time_is_handed_every_item_and_none_twice() {
        int count = 5_000;
        Flux.range(0, count)
                .map(DispatchQueueContract::receipt)
                .buffer(500)
                .concatMap(queue::reportReceipts)
                .blockLast(PATIENCE);

        List<Receipt> taken = queue.receipts()
                .concatMap(work -> work.acknowledge().thenReturn(work.payload()), 1)
                .take(count)
                .collectList()
                .block(PATIENCE);

        assertThat(taken).doesNotHaveDuplicates().hasSize(count);
    }

    @Test
    void dead_letters_are_kept_by_campaign_and_workspace_and_a_later_letter_for_a_delivery_replaces_the_first() {
        DeadLetter ashas = letter(A, SALE, "asha", "channel unreachable");
        DeadLetter ravis = letter(A, SALE, "ravi", "channel unreachable");
        DeadLetter ashasAgain = letter(A, SALE, "asha", "channel unreachable after a redrive");
        DeadLetter otherCampaign = letter(A, SPRING, "asha", "channel unreachable");
        // Campaign ids are unique across workspaces: another workspace's letters are asked for under theirs.
        DeadLetter otherWorkspace = letter(B, AUTUMN, "asha", "channel unreachable");

        queue.setAside(List.of(ashas, ravis, otherCampaign, otherWorkspace)).block(PATIENCE);
        queue.setAside(List.of(ashasAgain)).block(PATIENCE);

        eventually(() -> deadLetters(A, SALE).contains(ashasAgain));
        assertThat(deadLetters(A, SALE)).containsExactlyInAnyOrder(ashasAgain, ravis);
        eventually(() -> !deadLetters(B, AUTUMN).isEmpty());
        assertThat(deadLetters(A, SPRING)).containsExactly(otherCampaign);
        assertThat(deadLetters(B, AUTUMN)).containsExactly(otherWorkspace);
        assertThat(deadLetters(A, AUTUMN)).isEmpty();
        assertThat(deadLetters(B, SALE)).isEmpty();
    }

    @Test
    void redriving_hands_a_campaigns_dead_letters_to_the_senders_again_and_forgets_them() {
        List<DeadLetter> sale = List.of(letter(A, SALE, "asha", "unreachable"), letter(A, SALE, "ravi", "unreachable"));
        DeadLetter spring = letter(A, SPRING, "asha", "unreachable");
        queue.setAside(List.of(sale.get(0), sale.get(1), spring)).block(PATIENCE);
        eventually(
                () -> deadLetters(A, SALE).size() == 2 && deadLetters(A, SPRING).size() == 1);

        Long redriven = queue.redrive(A, SALE).block(PATIENCE);

        assertThat(redriven).isEqualTo(2);
        assertThat(taken(queue::deliveryRequests, 2))
                .containsExactlyInAnyOrderElementsOf(
                        sale.stream().map(DeadLetter::request).toList());
        eventually(() -> deadLetters(A, SALE).isEmpty());
        assertThat(deadLetters(A, SPRING)).containsExactly(spring);
        assertThat(queue.redrive(A, SALE).block(PATIENCE)).isZero();
    }

    @Test
    void
            a_receipt_set_aside_is_kept_with_its_letter_and_reported_again_when_redriven_rather_than_its_delivery_requested() {
        DeliveryRequest ashas = request(A, SALE, "asha");
        Receipt sent =
                new Receipt(ashas.delivery(), DeliveryStatus.FAILED, Optional.of("v-9"), Optional.of("bounced"), NOW);
        DeadLetter receiptAside = new DeadLetter(ashas, SALE, "writing its receipt failed", NOW, Optional.of(sent));
        DeadLetter requestAside = letter(A, SALE, "ravi", "sending failed");
        queue.setAside(List.of(receiptAside, requestAside)).block(PATIENCE);
        eventually(() -> deadLetters(A, SALE).size() == 2);
        assertThat(deadLetters(A, SALE)).containsExactlyInAnyOrder(receiptAside, requestAside);

        assertThat(queue.redrive(A, SALE).block(PATIENCE)).isEqualTo(2);

        assertThat(taken(queue::receipts, 1)).containsExactly(sent);
        // Offered after the re-drive: by the time it and the other letter's request are handed out, asha's is not.
        DeliveryRequest later = request(A, SPRING, "kabir");
        queue.requestDeliveries(List.of(later)).block(PATIENCE);
        Queue<DeliveryRequest> requested = new ConcurrentLinkedQueue<>();
        consumers.add(consume(queue.deliveryRequests(), Long.MAX_VALUE).subscribe(requested::add));
        eventually(() -> requested.containsAll(List.of(requestAside.request(), later)));
        assertThat(requested).doesNotContain(ashas);
        eventually(() -> deadLetters(A, SALE).isEmpty());
    }

    /** The first {@code count} items a new consumer is handed, each acknowledged. */
    private static <T> List<T> taken(Supplier<Flux<Work<T>>> consumer, int count) {
        return consume(consumer.get(), count).collectList().block(PATIENCE);
    }

    private static <T> Flux<T> consume(Flux<Work<T>> consumer, long count) {
        return consumer.concatMap(work -> work.acknowledge().thenReturn(work.payload()))
                .take(count);
    }

    private List<DeadLetter> deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return queue.deadLetters(workspace, campaign).collectList().block(PATIENCE);
    }

    private static void eventually(BooleanSupplier condition) {
        Eventually.until(PATIENCE, condition);
    }
}

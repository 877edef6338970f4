package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the communication log in the embedded file alone, read where it lies rather than loaded at start: a delivery
 * id begins with its campaign's id, so a campaign's deliveries are one range of keys, in id order, and each customer's
 * are found through an index beside them. Writes take turns; each is acknowledged once committed.
 */
public final class EmbeddedDeliveryStore implements DeliveryStore {

    private static final Comparator<Delivery> NEWEST_FIRST = Comparator.comparing(Delivery::createdAt)
            .thenComparing(delivery -> delivery.id().value())
            .reversed();

    private final MVMap<String, byte[]> deliveries;
    private final DeliveryCounts counts;
    private final CustomerDeliveries byCustomer;
    private final DeliveryCodec codec = new DeliveryCodec();
    private final GroupCommit commits;

    EmbeddedDeliveryStore(
            MVMap<String, byte[]> deliveries,
            DeliveryCounts counts,
            CustomerDeliveries byCustomer,
            GroupCommit commits) {
        this.deliveries = deliveries;
        this.counts = counts;
        this.byCustomer = byCustomer;
        this.commits = commits;
    }

    @Override
    public Flux<Delivery> insertNew(List<Delivery> batch) {
        return committed(() -> {
                    List<Delivery> inserted = new ArrayList<>(batch.size());
                    for (Delivery delivery : batch) {
                        if (deliveries.putIfAbsent(delivery.id().value(), codec.encode(delivery)) == null) {
                            counts.add(delivery.workspace(), delivery.status(), 1);
                            byCustomer.add(delivery);
                            inserted.add(delivery);
                        }
                    }
                    return Optional.of(inserted);
                })
                .flatMapIterable(Function.identity());
    }

    @Override
    public Mono<Delivery> findById(DeliveryId id) {
        return Mono.fromCallable(() -> read(id).orElse(null));
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return committed(
                () -> read(id).flatMap(delivery -> delivery.attempted(now).toJavaOptional())
                        .map(this::write));
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return committed(() -> {
                    List<DeliveryUpdated> moved = new ArrayList<>(receipts.size());
                    for (Receipt receipt : receipts) {
                        read(receipt.delivery())
                                .flatMap(delivery -> delivery.advance(receipt, now))
                                .ifPresent(update -> {
                                    write(update.delivery());
                                    counts.add(update.workspace(), update.from(), -1);
                                    counts.add(
                                            update.workspace(),
                                            update.delivery().status(),
                                            1);
                                    moved.add(update);
                                });
                    }
                    return Optional.of(moved);
                })
                .flatMapIterable(Function.identity());
    }

    @Override
    public Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return findAll(workspace, campaign)
                .filter(delivery -> status.map(delivery.status()::equals).orElse(true))
                .reduce(new PageCut<Delivery>(page), PageCut::add)
                .map(PageCut::page);
    }

    /** Reads the customer's few deliveries by id and sorts them: a customer is reached once per campaign at most. */
    @Override
    public Mono<Page<Delivery>> listForCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page) {
        return Flux.defer(() -> Flux.fromIterable(byCustomer.of(workspace, customer)))
                .flatMapIterable(id -> read(id).stream().toList())
                .filter(delivery -> delivery.workspace().equals(workspace)
                        && delivery.customer().equals(customer))
                .sort(NEWEST_FIRST)
                .reduce(new PageCut<Delivery>(page), PageCut::add)
                .map(PageCut::page);
    }

    @Override
    public Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status) {
        return findAll(workspace, campaign).filter(delivery -> delivery.status() == status);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace) {
        return Mono.fromCallable(() -> counts.of(workspace));
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign) {
        return findAll(workspace, campaign).reduce(zeros(), (counted, delivery) -> {
            counted.merge(delivery.status(), 1L, Long::sum);
            return counted;
        });
    }

    /** The campaign's deliveries in id order, read from the version stored when the subscriber subscribed. */
    private Flux<Delivery> findAll(WorkspaceId workspace, CampaignId campaign) {
        String prefix = prefix(campaign);
        return Flux.using(
                        () -> deliveries.getStore().registerVersionUsage(),
                        pinned -> Flux.<Delivery, Cursor<String, byte[]>>generate(
                                () -> deliveries.cursor(prefix), (cursor, sink) -> {
                                    if (cursor.hasNext() && cursor.next().startsWith(prefix)) {
                                        sink.next(codec.decode(cursor.getValue()));
                                    } else {
                                        sink.complete();
                                    }
                                    return cursor;
                                }),
                        pinned -> deliveries.getStore().deregisterVersionUsage(pinned))
                .filter(delivery -> delivery.workspace().equals(workspace));
    }

    /** What every id of the campaign's deliveries begins with: its escaped id and the separator. */
    private static String prefix(CampaignId campaign) {
        String any = DeliveryId.of(campaign, new CustomerId("-")).value();
        return any.substring(0, any.lastIndexOf(':') + 1);
    }

    private static Map<DeliveryStatus, Long> zeros() {
        Map<DeliveryStatus, Long> counted = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counted.put(status, 0L);
        }
        return counted;
    }

    private Optional<Delivery> read(DeliveryId id) {
        return Optional.ofNullable(deliveries.get(id.value())).map(codec::decode);
    }

    private Delivery write(Delivery delivery) {
        deliveries.put(delivery.id().value(), codec.encode(delivery));
        return delivery;
    }

    /** Runs one write, the only one running, and answers once it is committed. */
    private <R> Mono<R> committed(Write<R> write) {
        return Mono.fromCallable(() -> {
                    synchronized (this) {
                        return write.run();
                    }
                })
                .flatMap(result -> commits.durable().then(Mono.justOrEmpty(result)));
    }

    @FunctionalInterface
    private interface Write<R> {
        Optional<R> run();
    }
}

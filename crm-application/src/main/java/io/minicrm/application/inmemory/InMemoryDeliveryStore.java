package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Stream;

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
import io.vavr.control.Either;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps the communication log in memory: deliveries by id, each campaign's and each customer's delivery ids, and each workspace's count
 * per status. Every change to a delivery is one atomic update of it.
 */
public final class InMemoryDeliveryStore implements DeliveryStore {

    private record CampaignKey(WorkspaceId workspace, CampaignId campaign) {}

    private record CustomerKey(WorkspaceId workspace, CustomerId customer) {}

    private static final Comparator<Delivery> BY_ID =
            Comparator.comparing(delivery -> delivery.id().value());
    private static final Comparator<Delivery> NEWEST_FIRST =
            Pages.newestFirst(Delivery::createdAt, delivery -> delivery.id().value());

    private final ConcurrentMap<DeliveryId, Delivery> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<CampaignKey, Set<DeliveryId>> byCampaign = new ConcurrentHashMap<>();
    private final ConcurrentMap<CustomerKey, Set<DeliveryId>> byCustomer = new ConcurrentHashMap<>();
    private final PerWorkspace<StatusCounts> counts = new PerWorkspace<>(StatusCounts::new);

    /** Stores the whole batch on subscription, so that a subscriber leaving early cannot leave part of it unstored. */
    @Override
    public Flux<Delivery> insertNew(List<Delivery> deliveries) {
        return Flux.defer(
                () -> Flux.fromIterable(deliveries.stream().filter(this::insert).toList()));
    }

    @Override
    public Mono<Delivery> findById(DeliveryId id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return Mono.defer(() ->
                Mono.justOrEmpty(Entries.update(byId, id, delivery -> delivery.attempted(now), Either::toJavaOptional)
                        .flatMap(Either::toJavaOptional)));
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return Flux.defer(() -> Flux.fromIterable(receipts.stream()
                .flatMap(receipt -> advance(receipt, now).stream())
                .toList()));
    }

    @Override
    public Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return Mono.fromSupplier(() -> Pages.ofSorted(
                deliveries(workspace, campaign)
                        .filter(delivery ->
                                status.map(delivery.status()::equals).orElse(true)),
                BY_ID,
                page));
    }

    @Override
    public Mono<Page<Delivery>> listForCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page) {
        return Mono.fromSupplier(() -> Pages.ofSorted(
                byCustomer.getOrDefault(new CustomerKey(workspace, customer), Set.of()).stream()
                        .map(byId::get),
                NEWEST_FIRST,
                page));
    }

    @Override
    public Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status) {
        return Flux.fromStream(() -> deliveries(workspace, campaign).filter(delivery -> delivery.status() == status));
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> counts.forReading(workspace).snapshot());
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign) {
        return Mono.fromSupplier(() -> {
            StatusCounts counted = new StatusCounts();
            deliveries(workspace, campaign).forEach(delivery -> counted.add(delivery.status()));
            return counted.snapshot();
        });
    }

    private boolean insert(Delivery delivery) {
        if (byId.putIfAbsent(delivery.id(), delivery) != null) {
            return false;
        }
        byCampaign
                .computeIfAbsent(
                        new CampaignKey(delivery.workspace(), delivery.campaign()),
                        first -> ConcurrentHashMap.newKeySet())
                .add(delivery.id());
        byCustomer
                .computeIfAbsent(
                        new CustomerKey(delivery.workspace(), delivery.customer()),
                        first -> ConcurrentHashMap.newKeySet())
                .add(delivery.id());
        counts.forWriting(delivery.workspace()).add(delivery.status());
        return true;
    }

    private Optional<DeliveryUpdated> advance(Receipt receipt, Instant now) {
        Optional<DeliveryUpdated> moved = Entries.update(
                        byId,
                        receipt.delivery(),
                        delivery -> delivery.advance(receipt, now),
                        update -> update.map(DeliveryUpdated::delivery))
                .flatMap(Function.identity());
        moved.ifPresent(update -> counts.forWriting(update.workspace())
                .move(update.from(), update.delivery().status()));
        return moved;
    }

    /** Read as the caller goes; an id is indexed only once its delivery is stored, and none is removed. */
    private Stream<Delivery> deliveries(WorkspaceId workspace, CampaignId campaign) {
        return byCampaign.getOrDefault(new CampaignKey(workspace, campaign), Set.of()).stream()
                .map(byId::get);
    }
}

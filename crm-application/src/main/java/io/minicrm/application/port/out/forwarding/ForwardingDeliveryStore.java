package io.minicrm.application.port.out.forwarding;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A delivery store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingDeliveryStore implements DeliveryStore {

    private final DeliveryStore delegate;

    protected ForwardingDeliveryStore(DeliveryStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final DeliveryStore delegate() {
        return delegate;
    }

    @Override
    public Flux<Delivery> insertNew(List<Delivery> deliveries) {
        return delegate.insertNew(deliveries);
    }

    @Override
    public Mono<Delivery> findById(DeliveryId id) {
        return delegate.findById(id);
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return delegate.attempt(id, now);
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return delegate.applyReceipts(receipts, now);
    }

    @Override
    public Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return delegate.list(workspace, campaign, status, page);
    }

    @Override
    public Mono<Page<Delivery>> listForCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page) {
        return delegate.listForCustomer(workspace, customer, page);
    }

    @Override
    public Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status) {
        return delegate.findByStatus(workspace, campaign, status);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace) {
        return delegate.countByStatus(workspace);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign) {
        return delegate.countByStatus(workspace, campaign);
    }
}

package io.minicrm.application.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.DeliveryUpdated;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A delivery store passing every call to another, for tests to make one call fail or hang. */
public class ForwardingDeliveryStore implements DeliveryStore {

    private final DeliveryStore store;

    public ForwardingDeliveryStore(DeliveryStore store) {
        this.store = store;
    }

    @Override
    public Flux<Delivery> insertNew(List<Delivery> deliveries) {
        return store.insertNew(deliveries);
    }

    @Override
    public Mono<Delivery> findById(DeliveryId id) {
        return store.findById(id);
    }

    @Override
    public Mono<Delivery> attempt(DeliveryId id, Instant now) {
        return store.attempt(id, now);
    }

    @Override
    public Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now) {
        return store.applyReceipts(receipts, now);
    }

    @Override
    public Mono<Page<Delivery>> list(WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status,
                                     PageRequest page) {
        return store.list(workspace, campaign, status, page);
    }

    @Override
    public Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status) {
        return store.findByStatus(workspace, campaign, status);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace) {
        return store.countByStatus(workspace);
    }

    @Override
    public Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign) {
        return store.countByStatus(workspace, campaign);
    }
}

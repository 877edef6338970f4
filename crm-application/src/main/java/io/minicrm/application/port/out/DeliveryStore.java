package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * Keeps the communication log: one delivery per campaign and customer, never two, whose status only moves forward.
 * Delivery ids embed the campaign id, so they are unique across workspaces.
 */
public interface DeliveryStore {

    /** Inserts the deliveries whose id is not stored yet; emits those it inserted. */
    Flux<Delivery> insertNew(List<Delivery> deliveries);

    Mono<Delivery> findById(DeliveryId id);

    /** Counts a try at sending if the delivery is still pending; empty otherwise. */
    Mono<Delivery> attempt(DeliveryId id, Instant now);

    /**
     * Applies each receipt that moves its delivery forward, atomically per delivery; a late or repeated receipt
     * changes nothing. Emits one update per delivery that moved, with the status it moved from.
     */
    Flux<DeliveryUpdated> applyReceipts(List<Receipt> receipts, Instant now);

    /** A campaign's deliveries in id order, optionally only those in one status. */
    Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page);

    /**
     * One customer's deliveries, from every campaign that reached them: newest first by creation time, the later id
     * first among those created at the same instant.
     */
    Mono<Page<Delivery>> listForCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page);

    /** Every delivery of a campaign still in a status, for the pipeline to resume after a restart. */
    Flux<Delivery> findByStatus(WorkspaceId workspace, CampaignId campaign, DeliveryStatus status);

    Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace);

    /** How many of one campaign's deliveries are in each status, every status present; read afresh, not kept up. */
    Mono<Map<DeliveryStatus, Long>> countByStatus(WorkspaceId workspace, CampaignId campaign);
}

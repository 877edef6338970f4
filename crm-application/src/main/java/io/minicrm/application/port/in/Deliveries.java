package io.minicrm.application.port.in;

import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * The communication log of each campaign and each customer, and the receipts vendors send back. Thread-safe: every method may be called
 * from any thread, concurrently; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Deliveries {

    /** A campaign's deliveries; a {@code NotFound} when the campaign is not in the workspace. */
    Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page);

    /**
     * The deliveries that reached one customer, from every campaign, newest first; empty for a customer no campaign has
     * reached, or one outside the workspace.
     */
    Mono<Page<Delivery>> ofCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page);

    /**
     * Accepts vendor receipts for recording; they are applied in order and only if they move a delivery forward. A
     * receipt for a delivery of another workspace is left out, as one for a delivery that never existed.
     */
    Mono<Void> recordReceipts(WorkspaceId workspace, List<Receipt> receipts);

    /**
     * The campaign's deliveries the pipeline gave up on, left pending: requests it could not send and receipts it could
     * not write; a {@code NotFound} when the campaign is not in the workspace.
     */
    Mono<DeadLetterReport> deadLetters(WorkspaceId workspace, CampaignId campaign);

    /**
     * Hands the campaign's dead letters back to the pipeline (requests to the senders, receipts to the receipt writer,
     * so that no message is sent twice) and emits how many; a {@code NotFound} as above. Requests of a cancelled or
     * failed campaign then fail without being sent, which lets the campaign settle.
     */
    Mono<Long> redriveDeadLetters(WorkspaceId workspace, CampaignId campaign);
}

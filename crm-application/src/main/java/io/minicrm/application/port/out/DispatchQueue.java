package io.minicrm.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Carries the campaign pipeline's work between its steps (and nodes): campaigns to fan out, deliveries to send,
 * receipts to record. At least once: an item is handed out again until acknowledged, and receipts reported together
 * may be handed out again together until every one of them is (a queue may carry them as one message). Delivery
 * requests a sender gave up on, and receipts the receipt writer could not write, are set aside as dead letters, counted
 * per campaign, until someone puts them back on the queue.
 */
public interface DispatchQueue {

    Mono<Void> requestDispatch(DispatchRequest request);

    Mono<Void> requestDeliveries(List<DeliveryRequest> requests);

    Mono<Void> reportReceipts(List<Receipt> receipts);

    Flux<Work<DispatchRequest>> dispatchRequests();

    Flux<Work<DeliveryRequest>> deliveryRequests();

    Flux<Work<Receipt>> receipts();

    /** Keeps the letters until their campaign's are re-driven; a letter for a delivery already set aside replaces it. */
    Mono<Void> setAside(List<DeadLetter> letters);

    /** A campaign's letters set aside and not re-driven; a queue shared by nodes may show another node's a moment late. */
    Flux<DeadLetter> deadLetters(WorkspaceId workspace, CampaignId campaign);

    /**
     * Puts a campaign's letters back, each request on the delivery queue and each receipt on the receipts queue, then
     * forgets them; emits how many it put back.
     */
    Mono<Long> redrive(WorkspaceId workspace, CampaignId campaign);

    /** A campaign whose audience is to be turned into deliveries. */
    record DispatchRequest(WorkspaceId workspace, CampaignId campaign) {}

    /** One delivery to send; queues keep one customer's deliveries in order. */
    record DeliveryRequest(WorkspaceId workspace, DeliveryId delivery, CustomerId customer) {}

    /**
     * A delivery's work set aside, with its campaign and why it could not be carried out: the request to send it, or,
     * when its message went out and the receipt could not be written, that receipt, which a re-drive reports again
     * rather than have the message sent a second time.
     */
    record DeadLetter(
            DeliveryRequest request, CampaignId campaign, String reason, Instant at, Optional<Receipt> receipt) {

        public DeadLetter {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(at, "at");
            if (Objects.requireNonNull(reason, "reason").isBlank()) {
                throw new IllegalArgumentException("a dead letter says why it was set aside");
            }
            if (Objects.requireNonNull(receipt, "receipt")
                    .filter(kept -> !kept.delivery().equals(request.delivery()))
                    .isPresent()) {
                throw new IllegalArgumentException("a dead letter keeps only a receipt of its own delivery");
            }
        }

        /** A request set aside. */
        public DeadLetter(DeliveryRequest request, CampaignId campaign, String reason, Instant at) {
            this(request, campaign, reason, at, Optional.empty());
        }

        public boolean belongsTo(WorkspaceId workspace, CampaignId campaign) {
            return request.workspace().equals(workspace) && this.campaign.equals(campaign);
        }
    }
}

package io.minicrm.application.port.out;

import java.util.List;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Carries the campaign pipeline's work between its steps (and nodes): campaigns to fan out, deliveries to send,
 * receipts to record. At least once: an item is handed out again until acknowledged.
 */
public interface DispatchQueue {

    Mono<Void> requestDispatch(DispatchRequest request);

    Mono<Void> requestDeliveries(List<DeliveryRequest> requests);

    Mono<Void> reportReceipts(List<Receipt> receipts);

    Flux<Work<DispatchRequest>> dispatchRequests();

    Flux<Work<DeliveryRequest>> deliveryRequests();

    Flux<Work<Receipt>> receipts();

    /** A campaign whose audience is to be turned into deliveries. */
    record DispatchRequest(WorkspaceId workspace, CampaignId campaign) {
    }

    /** One delivery to send; queues keep one customer's deliveries in order. */
    record DeliveryRequest(WorkspaceId workspace, DeliveryId delivery, CustomerId customer) {
    }
}

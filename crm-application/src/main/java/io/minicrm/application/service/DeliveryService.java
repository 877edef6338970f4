package io.minicrm.application.service;

import java.util.List;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Shows each campaign's communication log and passes vendor receipts to the receipt writer. */
public final class DeliveryService implements Deliveries {

    private final DeliveryStore deliveries;
    private final CampaignStore campaigns;
    private final DispatchQueue queue;

    public DeliveryService(DeliveryStore deliveries, CampaignStore campaigns, DispatchQueue queue) {
        this.deliveries = deliveries;
        this.campaigns = campaigns;
        this.queue = queue;
    }

    @Override
    public Mono<Page<Delivery>> list(WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return campaigns.findById(workspace, campaign)
                .switchIfEmpty(CrmException.notFound("campaign", campaign))
                .flatMap(found -> deliveries.list(workspace, campaign, status, page));
    }

    @Override
    public Mono<Void> recordReceipts(List<Receipt> receipts) {
        return receipts.isEmpty() ? Mono.empty() : queue.reportReceipts(receipts);
    }
}

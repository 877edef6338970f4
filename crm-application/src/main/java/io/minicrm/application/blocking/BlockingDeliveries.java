package io.minicrm.application.blocking;

import java.util.List;
import java.util.Optional;

import io.minicrm.application.port.in.DeadLetterReport;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;

/** {@link Deliveries} as plain calls; each throws what its {@code Mono} would signal. Thread-safe. */
public final class BlockingDeliveries {

    private final Deliveries deliveries;
    private final Waiting waiting;

    BlockingDeliveries(Deliveries deliveries, Waiting waiting) {
        this.deliveries = deliveries;
        this.waiting = waiting;
    }

    /** See {@link Deliveries#list}. */
    public Page<Delivery> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return waiting.value(deliveries.list(workspace, campaign, status, page));
    }

    /** See {@link Deliveries#recordReceipts}. */
    public void recordReceipts(WorkspaceId workspace, List<Receipt> receipts) {
        waiting.done(deliveries.recordReceipts(workspace, receipts));
    }

    /** See {@link Deliveries#deadLetters}. */
    public DeadLetterReport deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return waiting.value(deliveries.deadLetters(workspace, campaign));
    }

    /** See {@link Deliveries#redriveDeadLetters}. */
    public long redriveDeadLetters(WorkspaceId workspace, CampaignId campaign) {
        return waiting.value(deliveries.redriveDeadLetters(workspace, campaign));
    }
}

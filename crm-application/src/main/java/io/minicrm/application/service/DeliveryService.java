package io.minicrm.application.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.DeadLetterReport;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.DispatchQueue.DeadLetter;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Shows each campaign's and each customer's communication log and dead letters, passes vendor receipts to the receipt writer and re-drives dead letters. */
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
    public Mono<Page<Delivery>> list(
            WorkspaceId workspace, CampaignId campaign, Optional<DeliveryStatus> status, PageRequest page) {
        return existing(workspace, campaign).flatMap(found -> deliveries.list(workspace, campaign, status, page));
    }

    @Override
    public Mono<Page<Delivery>> ofCustomer(WorkspaceId workspace, CustomerId customer, PageRequest page) {
        return deliveries.listForCustomer(workspace, customer, page);
    }

    @Override
    public Mono<DeadLetterReport> deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return existing(workspace, campaign)
                .flatMap(found -> queue.deadLetters(workspace, campaign)
                        .collect(Collectors.groupingBy(DeadLetter::reason, Collectors.counting())))
                .map(reasons -> new DeadLetterReport(
                        campaign,
                        reasons.values().stream().mapToLong(Long::longValue).sum(),
                        reasons));
    }

    @Override
    public Mono<Long> redriveDeadLetters(WorkspaceId workspace, CampaignId campaign) {
        return existing(workspace, campaign).flatMap(found -> queue.redrive(workspace, campaign));
    }

    private Mono<Campaign> existing(WorkspaceId workspace, CampaignId campaign) {
        return campaigns.findById(workspace, campaign).switchIfEmpty(CrmException.notFound("campaign", campaign));
    }

    @Override
    public Mono<Void> recordReceipts(WorkspaceId workspace, List<Receipt> receipts) {
        List<Problem.Violation> violations = IntStream.range(0, receipts.size())
                .mapToObj(index -> receipts.get(index).beyondLimits("receipts[" + index + "]"))
                .flatMap(List::stream)
                .toList();
        if (!violations.isEmpty()) {
            return CrmException.refuse(new Problem.Invalid(violations));
        }
        return Flux.fromIterable(receipts)
                .map(receipt -> receipt.delivery().campaign())
                .filter(Optional::isPresent)
                .map(Optional::get)
                .distinct()
                .filterWhen(campaign -> campaigns.findById(workspace, campaign).hasElement())
                .collect(Collectors.toUnmodifiableSet())
                .map(ours -> receipts.stream()
                        .filter(receipt -> receipt.delivery()
                                .campaign()
                                .filter(ours::contains)
                                .isPresent())
                        .toList())
                .flatMap(kept -> kept.isEmpty() ? Mono.empty() : queue.reportReceipts(kept));
    }
}

package io.minicrm.application.port.out.forwarding;

import java.util.List;
import java.util.Objects;

import io.minicrm.application.port.out.DispatchQueue;
import io.minicrm.application.port.out.Work;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A dispatch queue that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingDispatchQueue implements DispatchQueue {

    private final DispatchQueue delegate;

    protected ForwardingDispatchQueue(DispatchQueue delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The queue every call is passed to. */
    protected final DispatchQueue delegate() {
        return delegate;
    }

    @Override
    public Mono<Void> requestDispatch(DispatchRequest request) {
        return delegate.requestDispatch(request);
    }

    @Override
    public Mono<Void> requestDeliveries(List<DeliveryRequest> requests) {
        return delegate.requestDeliveries(requests);
    }

    @Override
    public Mono<Void> reportReceipts(List<Receipt> receipts) {
        return delegate.reportReceipts(receipts);
    }

    @Override
    public Flux<Work<DispatchRequest>> dispatchRequests() {
        return delegate.dispatchRequests();
    }

    @Override
    public Flux<Work<DeliveryRequest>> deliveryRequests() {
        return delegate.deliveryRequests();
    }

    @Override
    public Flux<Work<Receipt>> receipts() {
        return delegate.receipts();
    }

    @Override
    public Mono<Void> setAside(List<DeadLetter> letters) {
        return delegate.setAside(letters);
    }

    @Override
    public Flux<DeadLetter> deadLetters(WorkspaceId workspace, CampaignId campaign) {
        return delegate.deadLetters(workspace, campaign);
    }

    @Override
    public Mono<Long> redrive(WorkspaceId workspace, CampaignId campaign) {
        return delegate.redrive(workspace, campaign);
    }
}

package io.minicrm.application.port.out.forwarding;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A campaign store that passes every call to another; a decorator overrides what it changes. */
public abstract class ForwardingCampaignStore implements CampaignStore {

    private final CampaignStore delegate;

    protected ForwardingCampaignStore(CampaignStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The store every call is passed to. */
    protected final CampaignStore delegate() {
        return delegate;
    }

    @Override
    public Mono<Campaign> insert(Campaign campaign) {
        return delegate.insert(campaign);
    }

    @Override
    public Mono<Campaign> findById(WorkspaceId workspace, CampaignId id) {
        return delegate.findById(workspace, id);
    }

    @Override
    public Mono<Campaign> transition(Campaign changed, CampaignStatus expected) {
        return delegate.transition(changed, expected);
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return delegate.count(workspace, id, change);
    }

    @Override
    public Mono<Campaign> recount(
            WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        return delegate.recount(workspace, id, seen, recounted);
    }

    @Override
    public Mono<Campaign> retag(Campaign changed) {
        return delegate.retag(changed);
    }

    @Override
    public Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page) {
        return delegate.list(workspace, status, tag, page);
    }

    @Override
    public Flux<Campaign> findByStatus(CampaignStatus status) {
        return delegate.findByStatus(status);
    }

    @Override
    public Mono<Map<CampaignStatus, Long>> countByStatus(WorkspaceId workspace) {
        return delegate.countByStatus(workspace);
    }
}

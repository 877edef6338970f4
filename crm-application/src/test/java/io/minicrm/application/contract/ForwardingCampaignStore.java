package io.minicrm.application.contract;

import java.util.Map;
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

/** A campaign store passing every call to another, for tests to make one call fail or hang. */
public class ForwardingCampaignStore implements CampaignStore {

    private final CampaignStore store;

    public ForwardingCampaignStore(CampaignStore store) {
        this.store = store;
    }

    @Override
    public Mono<Campaign> insert(Campaign campaign) {
        return store.insert(campaign);
    }

    @Override
    public Mono<Campaign> findById(WorkspaceId workspace, CampaignId id) {
        return store.findById(workspace, id);
    }

    @Override
    public Mono<Campaign> transition(Campaign changed, CampaignStatus expected) {
        return store.transition(changed, expected);
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return store.count(workspace, id, change);
    }

    @Override
    public Mono<Campaign> recount(WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        return store.recount(workspace, id, seen, recounted);
    }

    @Override
    public Mono<Page<Campaign>> list(WorkspaceId workspace, Optional<CampaignStatus> status, PageRequest page) {
        return store.list(workspace, status, page);
    }

    @Override
    public Flux<Campaign> findByStatus(CampaignStatus status) {
        return store.findByStatus(status);
    }

    @Override
    public Mono<Map<CampaignStatus, Long>> countByStatus(WorkspaceId workspace) {
        return store.countByStatus(workspace);
    }
}

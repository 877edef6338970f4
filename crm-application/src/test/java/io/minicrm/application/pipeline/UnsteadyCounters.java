package io.minicrm.application.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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

/** A campaign store whose counter writes fail every other time, as a store across a flaky network may. */
final class UnsteadyCounters implements CampaignStore {

    private final CampaignStore store;
    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    UnsteadyCounters(CampaignStore store) {
        this.store = store;
    }

    int failures() {
        return failures.get();
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return Mono.defer(() -> {
            if (counts.incrementAndGet() % 2 == 1) {
                failures.incrementAndGet();
                return Mono.error(new IllegalStateException("the campaign store did not answer"));
            }
            return store.count(workspace, id, change);
        });
    }

    @Override
    public Mono<Campaign> recount(WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        return store.recount(workspace, id, seen, recounted);
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

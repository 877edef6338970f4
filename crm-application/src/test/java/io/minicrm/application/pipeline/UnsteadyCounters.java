package io.minicrm.application.pipeline;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** A campaign store whose counter writes fail every other time, as a store across a flaky network may. */
final class UnsteadyCounters extends ForwardingCampaignStore {

    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    UnsteadyCounters(CampaignStore store) {
        super(store);
    }

    int failures() {
        return failures.get();
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return Mono.defer(() -> {
            if (counts.incrementAndGet() % 2 == 1) {
                failures.incrementAndGet();
                return Mono.error(new TimeoutException("the campaign store did not answer"));
            }
            return super.count(workspace, id, change);
        });
    }
}

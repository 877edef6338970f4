package io.minicrm.adapter.embedded;

import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.forwarding.ForwardingCampaignStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Keeps campaigns in the embedded file; status changes and counter changes stay the in-memory store's atomic updates,
 * each copied whole into the file.
 */
public final class EmbeddedCampaignStore extends ForwardingCampaignStore {

    private final Table<Campaign> table;

    EmbeddedCampaignStore(InMemoryCampaignStore memory, Table<Campaign> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<Campaign> insert(Campaign campaign) {
        return table.write(delegate().insert(campaign), result -> touched(campaign.workspace(), campaign.id()));
    }

    @Override
    public Mono<Campaign> transition(Campaign changed, CampaignStatus expected) {
        return table.write(
                delegate().transition(changed, expected), result -> touched(changed.workspace(), changed.id()));
    }

    @Override
    public Mono<Campaign> retag(Campaign changed) {
        return table.write(delegate().retag(changed), result -> touched(changed.workspace(), changed.id()));
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return table.write(delegate().count(workspace, id, change), result -> touched(workspace, id));
    }

    @Override
    public Mono<Campaign> recount(
            WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        return table.write(delegate().recount(workspace, id, seen, recounted), result -> touched(workspace, id));
    }

    private List<Touched<Campaign>> touched(WorkspaceId workspace, CampaignId id) {
        return List.of(
                new Touched<>(Table.key(workspace, id.value()), delegate().findById(workspace, id)));
    }
}

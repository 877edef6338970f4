package io.minicrm.domain.campaign;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A draft campaign was given the time it is to be queued at. */
@DomainEvent
public record CampaignScheduled(Campaign campaign, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

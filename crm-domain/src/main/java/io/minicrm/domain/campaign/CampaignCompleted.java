package io.minicrm.domain.campaign;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A campaign finished: none of its deliveries is pending any more. */
@DomainEvent
public record CampaignCompleted(Campaign campaign, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

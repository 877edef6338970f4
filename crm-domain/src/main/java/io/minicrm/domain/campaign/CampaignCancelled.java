package io.minicrm.domain.campaign;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A campaign was cancelled: nothing more of it is sent. */
@DomainEvent
public record CampaignCancelled(Campaign campaign, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

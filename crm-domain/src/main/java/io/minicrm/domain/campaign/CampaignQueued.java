package io.minicrm.domain.campaign;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A campaign was queued for sending, its audience rule fixed. */
@DomainEvent
public record CampaignQueued(Campaign campaign, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

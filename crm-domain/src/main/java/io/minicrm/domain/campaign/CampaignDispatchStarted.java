package io.minicrm.domain.campaign;

import java.time.Instant;

import io.minicrm.domain.shared.CrmEvent;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jmolecules.event.annotation.DomainEvent;

/** A queued campaign began turning its audience into deliveries. */
@DomainEvent
public record CampaignDispatchStarted(Campaign campaign, Instant occurredAt) implements CrmEvent {

    @Override
    public WorkspaceId workspace() {
        return campaign.workspace();
    }
}

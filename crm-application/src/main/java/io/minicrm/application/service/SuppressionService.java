package io.minicrm.application.service;

import java.time.Clock;
import java.util.Optional;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Suppressions;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.suppression.SuppressionReason;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Lists and lifts suppressions, and turns a signed unsubscribe link into one. */
public final class SuppressionService implements Suppressions {

    static final String TAMPERED = "this unsubscribe link is not one this service sent";

    private final SuppressionStore suppressions;
    private final DeliveryStore deliveries;
    private final CampaignStore campaigns;
    private final UnsubscribeLinks links;
    private final Clock clock;

    public SuppressionService(
            SuppressionStore suppressions,
            DeliveryStore deliveries,
            CampaignStore campaigns,
            UnsubscribeLinks links,
            Clock clock) {
        this.suppressions = suppressions;
        this.deliveries = deliveries;
        this.campaigns = campaigns;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page) {
        return suppressions.list(workspace, page);
    }

    @Override
    public Mono<Void> lift(WorkspaceId workspace, Channel channel, String address) {
        return suppressions
                .lift(workspace, channel, address)
                .filter(Boolean::booleanValue)
                .switchIfEmpty(CrmException.notFound("suppression", channel + " " + address.strip()))
                .then();
    }

    @Override
    public Mono<Suppression> unsubscribe(String token) {
        return Mono.justOrEmpty(links.read(token))
                .flatMap(target -> deliveries
                        .findById(target.delivery())
                        .filter(delivery -> delivery.workspace().equals(target.workspace())))
                // A skipped delivery has no address to suppress.
                .filter(delivery -> !delivery.recipient().isEmpty())
                .flatMap(delivery -> campaigns
                        .findById(delivery.workspace(), delivery.campaign())
                        .flatMap(campaign -> suppressions.suppress(new Suppression(
                                delivery.workspace(),
                                campaign.channel(),
                                delivery.recipient(),
                                SuppressionReason.UNSUBSCRIBED,
                                Optional.empty(),
                                clock.instant()))))
                .switchIfEmpty(CrmException.refuse(Problem.Invalid.of("token", TAMPERED)));
    }
}

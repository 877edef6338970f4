package io.minicrm.application.pipeline;

import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Counts deliveries that are already stored. A failed counter write is tried again on its own, never together with
 * the delivery write before it: that write, repeated, would find its deliveries stored and count nothing. Empty when
 * the store refuses the change, fails it on every try or still fails it after the tries allowed; that is logged and
 * left to the pipeline's recount ({@link Recount}), as repeating the work would not count it either.
 */
final class Counting {

    private static final Logger LOG = Loggers.getLogger(Counting.class);

    private Counting() {}

    static Mono<Campaign> untilCounted(
            CampaignStore campaigns,
            WorkspaceId workspace,
            CampaignId campaign,
            CounterChange change,
            PipelineSettings settings) {
        return Retrying.atMost(
                        settings.stepTries(),
                        campaigns.count(workspace, campaign, change),
                        settings.retryBackoff(),
                        LOG,
                        () -> "Counting " + change + " for campaign " + campaign)
                .switchIfEmpty(Mono.fromRunnable(() -> LOG.error("Campaign " + campaign + " could not count " + change
                        + ": it is gone, or its counters no longer agree with its deliveries")))
                .onErrorResume(failure -> Mono.fromRunnable(() -> LOG.error("Campaign " + campaign + " could not count "
                        + change + (Failures.isTransient(failure) ? " in " + settings.stepTries() + " tries" : "")
                        + ": " + Failures.reason(failure) + "; left to the recount")));
    }
}

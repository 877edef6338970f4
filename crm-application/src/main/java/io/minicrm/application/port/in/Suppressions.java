package io.minicrm.application.port.in;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/**
 * Each workspace's suppression list: who may not be messaged again, the one-click unsubscribe that adds to it, and
 * lifting an entry. Thread-safe; nothing happens until the returned {@code Mono} is subscribed.
 */
public interface Suppressions {

    Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page);

    /** Lifts the address's suppression for the channel; a {@code NotFound} when it is not suppressed. */
    Mono<Void> lift(WorkspaceId workspace, Channel channel, String address);

    /**
     * Unsubscribes the recipient of the delivery a signed link names from the delivery's channel; clicking again
     * changes nothing. An {@code Invalid} naming {@code token} when this service did not sign it or the delivery is
     * gone.
     */
    Mono<Suppression> unsubscribe(String token);
}

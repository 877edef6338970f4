package io.minicrm.application.port.out;

import java.util.Collection;
import java.util.Set;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps each workspace's suppression list: addresses never to be messaged again over a channel. Suppressing an address
 * already suppressed keeps the first entry, so an unsubscribe link clicked twice or a bounce reported again changes
 * nothing. Listings are newest first.
 */
public interface SuppressionStore {

    /** Suppresses the address unless it already is; emits the entry that now stands. */
    Mono<Suppression> suppress(Suppression suppression);

    /** Of the given addresses, those suppressed for the channel in the workspace. */
    Mono<Set<String>> suppressedAmong(WorkspaceId workspace, Channel channel, Collection<String> addresses);

    Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page);

    /** The whole list, read page by page; a store that can stream it at once should. */
    default Flux<Suppression> every(WorkspaceId workspace) {
        return Flux.range(0, Integer.MAX_VALUE)
                .concatMap(page -> list(workspace, new PageRequest(page, PageRequest.MAX_SIZE)))
                .takeUntil(page -> page.items().size() < PageRequest.MAX_SIZE)
                .concatMapIterable(Page::items);
    }

    /** Lifts the suppression; emits whether there was one. */
    Mono<Boolean> lift(WorkspaceId workspace, Channel channel, String address);
}

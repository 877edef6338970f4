package io.minicrm.application.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.suppression.Suppression;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps suppression lists in memory, by channel and address within each workspace. */
public final class InMemorySuppressionStore implements SuppressionStore {

    private static final Comparator<Suppression> NEWEST_FIRST =
            Pages.newestFirst(Suppression::since, suppression -> suppression.channel() + ":" + suppression.address());

    private final PerWorkspace<ConcurrentMap<Key, Suppression>> tables = new PerWorkspace<>(ConcurrentHashMap::new);

    @Override
    public Mono<Suppression> suppress(Suppression suppression) {
        return Mono.fromSupplier(() -> tables.forWriting(suppression.workspace())
                .computeIfAbsent(new Key(suppression.channel(), suppression.address()), key -> suppression));
    }

    @Override
    public Mono<Set<String>> suppressedAmong(WorkspaceId workspace, Channel channel, Collection<String> addresses) {
        return Mono.fromSupplier(() -> {
            ConcurrentMap<Key, Suppression> table = tables.forReading(workspace);
            return addresses.stream()
                    .filter(address -> table.containsKey(new Key(channel, address)))
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    @Override
    public Mono<Page<Suppression>> list(WorkspaceId workspace, PageRequest page) {
        return Mono.fromSupplier(
                () -> Pages.ofSorted(tables.forReading(workspace).values().stream(), NEWEST_FIRST, page));
    }

    @Override
    public Mono<Boolean> lift(WorkspaceId workspace, Channel channel, String address) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).remove(new Key(channel, address.strip())) != null);
    }

    private record Key(Channel channel, String address) {}
}

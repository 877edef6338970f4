package io.minicrm.application.inmemory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps campaigns in memory; status changes and counter changes are each one atomic update of the stored campaign. */
public final class InMemoryCampaignStore implements CampaignStore {

    private static final Comparator<Campaign> NEWEST_FIRST =
            Pages.newestFirst(Campaign::createdAt, campaign -> campaign.id().value());

    private final PerWorkspace<ConcurrentMap<CampaignId, Campaign>> tables = new PerWorkspace<>(ConcurrentHashMap::new);

    @Override
    public Mono<Campaign> insert(Campaign campaign) {
        return Mono.defer(() -> tables.forWriting(campaign.workspace()).putIfAbsent(campaign.id(), campaign) == null
                ? Mono.just(campaign)
                : Mono.error(new CrmException(new Problem.Conflict("campaign " + campaign.id() + " already exists"))));
    }

    @Override
    public Mono<Campaign> findById(WorkspaceId workspace, CampaignId id) {
        return Mono.fromSupplier(() -> tables.forReading(workspace).get(id));
    }

    @Override
    public Mono<Campaign> transition(Campaign changed, CampaignStatus expected) {
        return Mono.defer(() -> Mono.justOrEmpty(Entries.update(
                        tables.forReading(changed.workspace()),
                        changed.id(),
                        stored -> stored.status() == expected
                                ? SeparateWrites.transition(changed, stored)
                                : Optional.<Campaign>empty(),
                        Function.identity())
                .flatMap(Function.identity())));
    }

    @Override
    public Mono<Campaign> count(WorkspaceId workspace, CampaignId id, CounterChange change) {
        return changeCounters(workspace, id, change::fits, change::applyTo);
    }

    @Override
    public Mono<Campaign> recount(
            WorkspaceId workspace, CampaignId id, CampaignCounters seen, CampaignCounters recounted) {
        return changeCounters(workspace, id, seen::equals, stored -> recounted);
    }

    /** Stores what {@code next} makes of the counters if {@code allowed} lets it; empty, changing nothing, otherwise. */
    private Mono<Campaign> changeCounters(
            WorkspaceId workspace,
            CampaignId id,
            Predicate<CampaignCounters> allowed,
            UnaryOperator<CampaignCounters> next) {
        return Mono.defer(() -> Mono.justOrEmpty(Entries.update(
                        tables.forReading(workspace),
                        id,
                        stored -> allowed.test(stored.counters())
                                ? Optional.of(SeparateWrites.counted(stored, next.apply(stored.counters())))
                                : Optional.<Campaign>empty(),
                        Function.identity())
                .flatMap(Function.identity())));
    }

    @Override
    public Mono<Campaign> retag(Campaign changed) {
        return Mono.fromSupplier(() -> tables.forReading(changed.workspace())
                .computeIfPresent(changed.id(), (id, stored) -> SeparateWrites.retagged(stored, changed)));
    }

    @Override
    public Mono<Page<Campaign>> list(
            WorkspaceId workspace, Optional<CampaignStatus> status, Optional<String> tag, PageRequest page) {
        return Mono.fromSupplier(() -> Pages.ofSorted(
                tables.forReading(workspace).values().stream()
                        .filter(campaign ->
                                status.map(campaign.status()::equals).orElse(true))
                        .filter(campaign -> tag.map(campaign.tags()::contains).orElse(true)),
                NEWEST_FIRST,
                page));
    }

    @Override
    public Flux<Campaign> findByStatus(CampaignStatus status) {
        return Flux.fromStream(() -> tables.all().stream()
                .flatMap(campaigns -> campaigns.values().stream())
                .filter(campaign -> campaign.status() == status));
    }

    @Override
    public Mono<Map<CampaignStatus, Long>> countByStatus(WorkspaceId workspace) {
        return Mono.fromSupplier(() -> {
            Map<CampaignStatus, Long> counts = new EnumMap<>(CampaignStatus.class);
            Arrays.stream(CampaignStatus.values()).forEach(status -> counts.put(status, 0L));
            counts.putAll(tables.forReading(workspace).values().stream()
                    .collect(Collectors.groupingBy(Campaign::status, Collectors.counting())));
            return counts;
        });
    }
}

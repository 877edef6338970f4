package io.minicrm.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps import jobs in memory, each workspace's apart. */
public final class InMemoryImportJobStore implements ImportJobStore {

    private static final Comparator<ImportJob> NEWEST_FIRST = Comparator.comparing(ImportJob::startedAt)
            .thenComparing(job -> job.id().value())
            .reversed();

    private final Map<Key, ImportJob> jobs = new ConcurrentHashMap<>();

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return Mono.fromSupplier(() -> {
            jobs.put(new Key(job.workspace(), job.id()), job);
            return job;
        });
    }

    @Override
    public Mono<ImportJob> findById(WorkspaceId workspace, ImportJobId id) {
        return Mono.fromSupplier(() -> jobs.get(new Key(workspace, id)));
    }

    @Override
    public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
        return Mono.fromSupplier(() -> {
            List<ImportJob> ofWorkspace = jobs.values().stream()
                    .filter(job -> job.workspace().equals(workspace))
                    .sorted(NEWEST_FIRST)
                    .toList();
            int from = (int) Math.min(page.offset(), ofWorkspace.size());
            return new Page<>(
                    ofWorkspace.subList(from, Math.min(from + page.size(), ofWorkspace.size())),
                    page,
                    ofWorkspace.size());
        });
    }

    @Override
    public Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now) {
        return Mono.fromRunnable(() -> jobs.computeIfPresent(
                new Key(workspace, id), (key, job) -> job.isRunning() ? job.progressed(job.report(), now) : job));
    }

    @Override
    public Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now) {
        return Flux.defer(() -> Flux.fromIterable(List.copyOf(jobs.entrySet())))
                .filter(entry -> entry.getValue().isRunning()
                        && entry.getValue().updatedAt().isBefore(updatedBefore))
                .concatMap(entry -> {
                    ImportJob interrupted = entry.getValue().interrupted(reason, now);
                    // Replaced only if unchanged since read: a job saved or touched meanwhile is alive.
                    return jobs.replace(entry.getKey(), entry.getValue(), interrupted)
                            ? Mono.just(interrupted)
                            : Mono.empty();
                });
    }

    private record Key(WorkspaceId workspace, ImportJobId id) {}
}

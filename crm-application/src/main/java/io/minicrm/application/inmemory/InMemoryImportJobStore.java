package io.minicrm.application.inmemory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Keeps import jobs in memory, each workspace's apart. */
public final class InMemoryImportJobStore implements ImportJobStore {

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

    private record Key(WorkspaceId workspace, ImportJobId id) {
    }
}

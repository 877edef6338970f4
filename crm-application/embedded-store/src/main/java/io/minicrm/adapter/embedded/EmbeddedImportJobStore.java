package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.List;

import io.minicrm.adapter.embedded.Table.Touched;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.port.out.forwarding.ForwardingImportJobStore;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps import jobs in the embedded file; the in-memory store it loaded at start answers every read. */
public final class EmbeddedImportJobStore extends ForwardingImportJobStore {

    private final Table<ImportJob> table;

    EmbeddedImportJobStore(InMemoryImportJobStore memory, Table<ImportJob> table) {
        super(memory);
        this.table = table;
    }

    @Override
    public Mono<ImportJob> save(ImportJob job) {
        return table.write(delegate().save(job), result -> List.of(touched(job.workspace(), job.id())));
    }

    @Override
    public Mono<Void> touch(WorkspaceId workspace, ImportJobId id, Instant now) {
        return table.write(delegate().touch(workspace, id, now), result -> List.of(touched(workspace, id)));
    }

    @Override
    public Flux<ImportJob> interruptStale(Instant updatedBefore, String reason, Instant now) {
        return table.writeAll(
                delegate().interruptStale(updatedBefore, reason, now),
                interrupted -> interrupted.stream()
                        .map(job -> touched(job.workspace(), job.id()))
                        .toList());
    }

    private Touched<ImportJob> touched(WorkspaceId workspace, ImportJobId id) {
        return new Touched<>(Table.key(workspace, id.value()), delegate().findById(workspace, id));
    }
}

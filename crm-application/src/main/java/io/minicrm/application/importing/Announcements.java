package io.minicrm.application.importing;

import java.time.Instant;

import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportedBatch;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** Tells listeners what a batch stored, once it is stored: one summary per batch, never one event per row. */
final class Announcements {

    private final EventPublisher events;

    Announcements(EventPublisher events) {
        this.events = events;
    }

    Mono<Void> customersStored(WorkspaceId workspace, long created, long updated, Instant now) {
        return publish(new ImportedBatch(workspace, ImportKind.CUSTOMERS, created, updated, 0, now));
    }

    Mono<Void> ordersStored(WorkspaceId workspace, long orders, long customersCounted, Instant now) {
        return publish(new ImportedBatch(workspace, ImportKind.ORDERS, 0, customersCounted, orders, now));
    }

    private Mono<Void> publish(ImportedBatch batch) {
        // Notification only: a lost event loses no data, so it must not stop the import.
        return batch.changedNothing() ? Mono.empty() : events.publish(batch).onErrorComplete();
    }
}

package io.minicrm.application.inmemory;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.minicrm.domain.workspace.WorkspaceId;

/**
 * One table per workspace, so that no look-up can reach another workspace's data. A table is created by the first
 * write; reading a workspace that has none sees an empty table and creates nothing.
 */
final class PerWorkspace<T> {

    private final ConcurrentMap<WorkspaceId, T> tables = new ConcurrentHashMap<>();
    private final Supplier<T> newTable;
    private final T empty;

    PerWorkspace(Supplier<T> newTable) {
        this.newTable = newTable;
        this.empty = newTable.get();
    }

    T forWriting(WorkspaceId workspace) {
        return tables.computeIfAbsent(workspace, created -> newTable.get());
    }

    /** Gives the workspace the table {@code sized} makes, unless it has one already. */
    void createIfAbsent(WorkspaceId workspace, Supplier<T> sized) {
        tables.computeIfAbsent(workspace, created -> sized.get());
    }

    /** The workspace's table, or a shared empty one: callers only read it or change entries already present. */
    T forReading(WorkspaceId workspace) {
        return tables.getOrDefault(workspace, empty);
    }

    Collection<T> all() {
        return tables.values();
    }
}

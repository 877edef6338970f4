package io.minicrm.adapter.embedded;

import java.util.EnumMap;
import java.util.Map;

import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.h2.mvstore.MVMap;

/**
 * How many of each workspace's deliveries are in each status, kept in the file beside the deliveries and changed in the
 * same commit, so that reading the counts never needs a scan of the log.
 */
final class DeliveryCounts {

    private final MVMap<String, Long> counts;

    DeliveryCounts(MVMap<String, Long> counts) {
        this.counts = counts;
    }

    /** Only while holding the delivery store's write lock. */
    void add(WorkspaceId workspace, DeliveryStatus status, long change) {
        counts.merge(Table.key(workspace, status.name()), change, Long::sum);
    }

    /** Every status, those without deliveries at zero. */
    Map<DeliveryStatus, Long> of(WorkspaceId workspace) {
        Map<DeliveryStatus, Long> snapshot = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            snapshot.put(status, counts.getOrDefault(Table.key(workspace, status.name()), 0L));
        }
        return snapshot;
    }
}

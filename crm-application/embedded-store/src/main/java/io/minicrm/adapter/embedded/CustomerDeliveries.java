package io.minicrm.adapter.embedded;

import java.util.ArrayList;
import java.util.List;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.workspace.WorkspaceId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * Each customer's delivery ids, kept in the file beside the deliveries and written in the same commit, so that the
 * campaigns that reached one customer are read without a scan of the log. A file written before this index existed
 * has it built once, when opened.
 */
final class CustomerDeliveries {

    private static final byte[] NOTHING = {};

    private final MVMap<String, byte[]> ids;

    private CustomerDeliveries(MVMap<String, byte[]> ids) {
        this.ids = ids;
    }

    /** Opens the index, first building it from the deliveries if the file has none yet. */
    static CustomerDeliveries open(MVMap<String, byte[]> ids, boolean existed, MVMap<String, byte[]> deliveries) {
        CustomerDeliveries index = new CustomerDeliveries(ids);
        if (!existed) {
            DeliveryCodec codec = new DeliveryCodec();
            deliveries.values().forEach(encoded -> index.add(codec.decode(encoded)));
            deliveries.getStore().commit();
        }
        return index;
    }

    /** Only while holding the delivery store's write lock. */
    void add(Delivery delivery) {
        ids.put(
                prefix(delivery.workspace(), delivery.customer())
                        + delivery.id().value(),
                NOTHING);
    }

    /** The ids filed under the customer; a customer id holding the separator may bring in others', to be filtered. */
    List<DeliveryId> of(WorkspaceId workspace, CustomerId customer) {
        String prefix = prefix(workspace, customer);
        List<DeliveryId> found = new ArrayList<>();
        Cursor<String, byte[]> cursor = ids.cursor(prefix);
        while (cursor.hasNext() && cursor.next().startsWith(prefix)) {
            found.add(new DeliveryId(cursor.getKey().substring(prefix.length())));
        }
        return found;
    }

    private static String prefix(WorkspaceId workspace, CustomerId customer) {
        return Table.key(workspace, customer.value()) + "/";
    }
}

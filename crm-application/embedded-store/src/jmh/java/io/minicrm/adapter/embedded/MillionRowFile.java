package io.minicrm.adapter.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.minicrm.application.bench.MillionCustomers;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A data directory holding a million customers and a campaign's million deliveries, written through the storage
 * directly. Its main writes one for the service's start-up measurement (bootstrap/bench/start-time.sh), in the default
 * workspace, the one the service's local mode signs in to, so that the measurement can ask for an audience.
 */
final class MillionRowFile {

    private static final int MILLION = EmbeddedStorageBenchmark.MILLION;
    private static final int BATCH = 10_000;

    private MillionRowFile() {}

    /** Usage: MillionRowFile directory */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }

    static void write(Path directory) {
        List<Customer> customers = MillionCustomers.of(MILLION, WorkspaceId.DEFAULT);
        try (EmbeddedStorage storage = EmbeddedStorage.open(directory, FieldCatalogue.standard())) {
            for (int from = 0; from < MILLION; from += BATCH) {
                storage.customers()
                        .saveAll(customers.subList(from, from + BATCH))
                        .block();
            }
            CampaignId campaign = new CampaignId("k-1");
            List<Delivery> batch = new ArrayList<>(BATCH);
            for (Customer customer : customers) {
                batch.add(MillionCustomers.pendingDelivery(campaign, customer));
                if (batch.size() == BATCH) {
                    storage.deliveries().insertNew(batch).blockLast();
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
    }
}

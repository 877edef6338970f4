package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.OrderCountingContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedOrderCountingTest extends OrderCountingContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected Stores newStores() {
        EmbeddedStorage embedded = storage.open();
        return new Stores(embedded.customers(), embedded.orders());
    }
}

package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.OrderStoreContract;
import io.minicrm.application.port.out.OrderStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedOrderStoreTest extends OrderStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected OrderStore newStore() {
        return storage.open().orders();
    }
}

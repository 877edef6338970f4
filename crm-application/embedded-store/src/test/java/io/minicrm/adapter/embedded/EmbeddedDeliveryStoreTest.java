package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.DeliveryStoreContract;
import io.minicrm.application.port.out.DeliveryStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedDeliveryStoreTest extends DeliveryStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected DeliveryStore newStore() {
        return storage.open().deliveries();
    }
}

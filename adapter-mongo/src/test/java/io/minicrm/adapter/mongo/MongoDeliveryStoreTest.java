package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.DeliveryStoreContract;
import io.minicrm.application.port.out.DeliveryStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoDeliveryStoreTest extends DeliveryStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected DeliveryStore newStore() {
        return storage.open().deliveries();
    }
}

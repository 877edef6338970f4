package io.minicrm.application.inmemory;

import io.minicrm.application.contract.DeliveryStoreContract;
import io.minicrm.application.port.out.DeliveryStore;

class InMemoryDeliveryStoreTest extends DeliveryStoreContract {

    @Override
    protected DeliveryStore newStore() {
        return new InMemoryDeliveryStore();
    }
}

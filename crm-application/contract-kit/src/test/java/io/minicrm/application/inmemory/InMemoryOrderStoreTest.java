package io.minicrm.application.inmemory;

import io.minicrm.application.contract.OrderStoreContract;
import io.minicrm.application.port.out.OrderStore;

class InMemoryOrderStoreTest extends OrderStoreContract {

    @Override
    protected OrderStore newStore() {
        return new InMemoryOrderStore();
    }
}

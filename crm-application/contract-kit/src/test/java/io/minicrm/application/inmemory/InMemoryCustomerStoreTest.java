package io.minicrm.application.inmemory;

import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.port.out.CustomerStore;

class InMemoryCustomerStoreTest extends CustomerStoreContract {

    @Override
    protected CustomerStore newStore() {
        return new InMemoryCustomerStore();
    }
}

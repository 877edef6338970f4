package io.minicrm.application.inmemory;

import io.minicrm.application.contract.SuppressionStoreContract;
import io.minicrm.application.port.out.SuppressionStore;

class InMemorySuppressionStoreTest extends SuppressionStoreContract {

    @Override
    protected SuppressionStore newStore() {
        return new InMemorySuppressionStore();
    }
}

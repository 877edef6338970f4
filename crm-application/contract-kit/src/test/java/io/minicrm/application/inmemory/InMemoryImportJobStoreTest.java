package io.minicrm.application.inmemory;

import io.minicrm.application.contract.ImportJobStoreContract;
import io.minicrm.application.port.out.ImportJobStore;

class InMemoryImportJobStoreTest extends ImportJobStoreContract {

    @Override
    protected ImportJobStore newStore() {
        return new InMemoryImportJobStore();
    }
}

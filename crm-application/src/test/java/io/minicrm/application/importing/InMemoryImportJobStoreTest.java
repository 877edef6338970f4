package io.minicrm.application.importing;

import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.port.out.ImportJobStore;

class InMemoryImportJobStoreTest extends ImportJobStoreContract {

    private final ImportJobStore store = new InMemoryImportJobStore();

    @Override
    protected ImportJobStore store() {
        return store;
    }
}

package io.minicrm.adapter.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.minicrm.application.contract.ImportJobStoreContract;
import io.minicrm.application.port.out.ImportJobStore;

class MongoImportJobStoreTest extends ImportJobStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected ImportJobStore newStore() {
        return storage.open().importJobs();
    }
}

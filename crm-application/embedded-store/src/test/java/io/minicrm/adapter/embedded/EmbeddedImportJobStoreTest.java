package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.ImportJobStoreContract;
import io.minicrm.application.port.out.ImportJobStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedImportJobStoreTest extends ImportJobStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected ImportJobStore newStore() {
        return storage.open().importJobs();
    }
}

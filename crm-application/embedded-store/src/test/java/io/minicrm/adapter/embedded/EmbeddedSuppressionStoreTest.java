package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.SuppressionStoreContract;
import io.minicrm.application.port.out.SuppressionStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedSuppressionStoreTest extends SuppressionStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected SuppressionStore newStore() {
        return storage.open().suppressions();
    }
}

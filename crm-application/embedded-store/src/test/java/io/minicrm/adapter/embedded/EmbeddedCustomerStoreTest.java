package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.port.out.CustomerStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedCustomerStoreTest extends CustomerStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected CustomerStore newStore() {
        return storage.open().customers();
    }
}

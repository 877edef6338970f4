package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.SuppressionStoreContract;
import io.minicrm.application.port.out.SuppressionStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoSuppressionStoreTest extends SuppressionStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected SuppressionStore newStore() {
        return storage.open().suppressions();
    }
}

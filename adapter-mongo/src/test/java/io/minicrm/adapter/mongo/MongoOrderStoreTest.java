package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.OrderStoreContract;
import io.minicrm.application.port.out.OrderStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrderStoreTest extends OrderStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected OrderStore newStore() {
        return storage.open().orders();
    }
}

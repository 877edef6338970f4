package io.minicrm.adapter.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.minicrm.application.contract.OrderStoreContract;
import io.minicrm.application.port.out.OrderStore;

class MongoOrderStoreTest extends OrderStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected OrderStore newStore() {
        return storage.open().orders();
    }
}

package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.port.out.CustomerStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCustomerStoreTest extends CustomerStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected CustomerStore newStore() {
        return storage.open().customers();
    }
}

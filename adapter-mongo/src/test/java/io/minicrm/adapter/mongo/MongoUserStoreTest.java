package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.UserStoreContract;
import io.minicrm.application.port.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoUserStoreTest extends UserStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected UserStore newStore() {
        return storage.open().users();
    }
}

package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.TokenStoreContract;
import io.minicrm.application.port.out.TokenStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoTokenStoreTest extends TokenStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected TokenStore newStore() {
        return storage.open().tokens();
    }
}

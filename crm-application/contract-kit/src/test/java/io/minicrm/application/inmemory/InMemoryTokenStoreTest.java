package io.minicrm.application.inmemory;

import io.minicrm.application.contract.TokenStoreContract;
import io.minicrm.application.port.out.TokenStore;

class InMemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore newStore() {
        return new InMemoryTokenStore();
    }
}

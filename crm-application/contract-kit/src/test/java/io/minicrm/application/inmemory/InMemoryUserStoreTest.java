package io.minicrm.application.inmemory;

import io.minicrm.application.contract.UserStoreContract;
import io.minicrm.application.port.out.UserStore;

class InMemoryUserStoreTest extends UserStoreContract {

    @Override
    protected UserStore newStore() {
        return new InMemoryUserStore();
    }
}

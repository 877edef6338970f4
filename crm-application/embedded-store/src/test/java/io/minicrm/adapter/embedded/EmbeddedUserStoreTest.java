package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.UserStoreContract;
import io.minicrm.application.port.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedUserStoreTest extends UserStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected UserStore newStore() {
        return storage.open().users();
    }
}

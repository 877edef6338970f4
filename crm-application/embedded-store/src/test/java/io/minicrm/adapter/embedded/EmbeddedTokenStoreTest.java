package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.TokenStoreContract;
import io.minicrm.application.port.out.TokenStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedTokenStoreTest extends TokenStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected TokenStore newStore() {
        return storage.open().tokens();
    }
}

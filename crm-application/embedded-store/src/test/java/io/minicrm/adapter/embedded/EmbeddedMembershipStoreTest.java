package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.MembershipStoreContract;
import io.minicrm.application.port.out.MembershipStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedMembershipStoreTest extends MembershipStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected MembershipStore newStore() {
        return storage.open().memberships();
    }
}

package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.MembershipStoreContract;
import io.minicrm.application.port.out.MembershipStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoMembershipStoreTest extends MembershipStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected MembershipStore newStore() {
        return storage.open().memberships();
    }
}

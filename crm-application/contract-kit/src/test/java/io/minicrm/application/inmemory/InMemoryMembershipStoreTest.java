package io.minicrm.application.inmemory;

import io.minicrm.application.contract.MembershipStoreContract;
import io.minicrm.application.port.out.MembershipStore;

class InMemoryMembershipStoreTest extends MembershipStoreContract {

    @Override
    protected MembershipStore newStore() {
        return new InMemoryMembershipStore();
    }
}

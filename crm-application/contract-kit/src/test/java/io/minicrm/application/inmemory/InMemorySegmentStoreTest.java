package io.minicrm.application.inmemory;

import io.minicrm.application.contract.SegmentStoreContract;
import io.minicrm.application.port.out.SegmentStore;

class InMemorySegmentStoreTest extends SegmentStoreContract {

    @Override
    protected SegmentStore newStore() {
        return new InMemorySegmentStore();
    }
}

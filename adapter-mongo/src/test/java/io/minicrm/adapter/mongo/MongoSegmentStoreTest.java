package io.minicrm.adapter.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.minicrm.application.contract.SegmentStoreContract;
import io.minicrm.application.port.out.SegmentStore;

class MongoSegmentStoreTest extends SegmentStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected SegmentStore newStore() {
        return storage.open().segments();
    }
}

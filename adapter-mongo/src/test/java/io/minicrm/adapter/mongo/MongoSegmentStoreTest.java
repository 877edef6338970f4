package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.SegmentStoreContract;
import io.minicrm.application.port.out.SegmentStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoSegmentStoreTest extends SegmentStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected SegmentStore newStore() {
        return storage.open().segments();
    }
}

package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.SegmentStoreContract;
import io.minicrm.application.port.out.SegmentStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedSegmentStoreTest extends SegmentStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected SegmentStore newStore() {
        return storage.open().segments();
    }
}

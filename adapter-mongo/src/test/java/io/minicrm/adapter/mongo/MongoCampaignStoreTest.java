package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.CampaignStoreContract;
import io.minicrm.application.port.out.CampaignStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCampaignStoreTest extends CampaignStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected CampaignStore newStore() {
        return storage.open().campaigns();
    }
}

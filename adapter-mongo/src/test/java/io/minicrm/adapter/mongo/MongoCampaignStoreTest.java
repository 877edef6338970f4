package io.minicrm.adapter.mongo;

import org.junit.jupiter.api.extension.RegisterExtension;

import io.minicrm.application.contract.CampaignStoreContract;
import io.minicrm.application.port.out.CampaignStore;

class MongoCampaignStoreTest extends CampaignStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected CampaignStore newStore() {
        return storage.open().campaigns();
    }
}

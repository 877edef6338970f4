package io.minicrm.application.inmemory;

import io.minicrm.application.contract.CampaignStoreContract;
import io.minicrm.application.port.out.CampaignStore;

class InMemoryCampaignStoreTest extends CampaignStoreContract {

    @Override
    protected CampaignStore newStore() {
        return new InMemoryCampaignStore();
    }
}

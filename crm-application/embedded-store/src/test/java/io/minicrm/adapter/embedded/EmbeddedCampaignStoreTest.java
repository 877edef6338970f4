package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.CampaignStoreContract;
import io.minicrm.application.port.out.CampaignStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedCampaignStoreTest extends CampaignStoreContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected CampaignStore newStore() {
        return storage.open().campaigns();
    }
}

package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.OrderCountingContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrderCountingTest extends OrderCountingContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected Stores newStores() {
        MongoStorage mongo = storage.open();
        return new Stores(mongo.customers(), mongo.orders());
    }
}

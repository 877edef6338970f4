package io.minicrm.application.inmemory;

import io.minicrm.application.contract.OrderCountingContract;

class InMemoryOrderCountingTest extends OrderCountingContract {

    @Override
    protected Stores newStores() {
        return new Stores(new InMemoryCustomerStore(), new InMemoryOrderStore());
    }
}

package com.example.shop;

import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.port.out.CustomerStore;

/** The decorated store keeps every promise of a customer store: the kit's suite runs against it. */
class LoggingCustomerStoreTest extends CustomerStoreContract {

    @Override
    protected CustomerStore newStore() {
        return new LoggingCustomerStore(new InMemoryCustomerStore());
    }
}

package com.example.shop;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.forwarding.ForwardingCustomerStore;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** A customer store that logs every customer registered, changed or removed; all else passes through unchanged. */
public final class LoggingCustomerStore extends ForwardingCustomerStore {

    private static final Logger LOG = System.getLogger(LoggingCustomerStore.class.getName());

    public LoggingCustomerStore(CustomerStore store) {
        super(store);
    }

    @Override
    public Mono<Customer> insert(Customer customer) {
        return super.insert(customer).doOnNext(stored -> LOG.log(Level.DEBUG, "registered {0}", stored.id()));
    }

    @Override
    public Mono<Customer> replace(Customer customer) {
        return super.replace(customer).doOnNext(stored -> LOG.log(Level.DEBUG, "changed {0}", stored.id()));
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
        return super.delete(workspace, id).doOnNext(deleted -> LOG.log(Level.DEBUG, "removed {0}: {1}", id, deleted));
    }
}
